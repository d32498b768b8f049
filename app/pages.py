"""The plain pages anyone can read: the start page, help, privacy and accessibility."""

from flask import Blueprint, current_app, redirect, render_template, session

from app.auth.access import public

bp = Blueprint("pages", __name__)


@bp.route("/")
@public
def home():
    return render_template("pages/home.html")


@bp.route("/help")
@public
def help():
    return render_template("pages/help.html", service_phone=current_app.config["IRO_SERVICE_PHONE"])


@bp.route("/privacy")
@public
def privacy():
    return render_template("pages/privacy.html")


@bp.route("/accessibility")
@public
def accessibility():
    return render_template("pages/accessibility.html")


@bp.route("/exit")
@public
def exit():
    """Exit this page: forget the link this browser opened, and go somewhere neutral."""
    session.clear()
    return redirect(current_app.config["EXIT_URL"])
