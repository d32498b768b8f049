"""The plain pages anyone can read: the start page, help and accessibility."""

from flask import Blueprint, current_app, redirect, render_template, request, session, url_for
from flask_babel import gettext as _

from app.auth.access import public
from app.limits import limiter

bp = Blueprint("pages", __name__)


@bp.route("/")
@public
def home():
    return render_template("pages/home.html")


@bp.route("/code", methods=["POST"])
@limiter.limit(lambda: current_app.config["LETTER_CODE_LIMIT"], methods=["POST"])
@public
def open_code():
    """The short code from a printed letter opens the same invitation as the letter's link.

    A code is short enough to guess, so each address gets a few tries (LETTER_CODE_LIMIT), then the friendly
    "Too many attempts" page until the window passes, whether or not the next code is right."""
    from app.invitations import tokens

    typed = request.form.get("code", "")
    invitation = tokens.find_usable_by_code(typed)
    if invitation is None:
        error = _("Enter the code from your letter") if not typed.strip() else _(
            "This code does not work. Check it against your letter, or ask your IRO for a new one."
        )
        return render_template("pages/home.html", code_error=error, code=typed[:50], form_has_errors=True)
    session["invitation_id"] = invitation.id
    return redirect(url_for("consult.start"))


@bp.route("/help")
@public
def help():
    return render_template("pages/help.html", service_phone=current_app.config["IRO_SERVICE_PHONE"])


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
