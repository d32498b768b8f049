"""Signing in (password, then a code from the authenticator app) and signing out."""

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from flask_wtf import FlaskForm
from sqlalchemy import select

from app import audit
from app.audit.actions import Action
from app.auth import bp, lockout, pending, two_factor
from app.auth import session as sessions
from app.auth.access import public
from app.auth.forms import CodeForm, SignInForm
from app.auth.passwords import check_password, hash_password
from app.auth.redirects import safe_next
from app.extensions import db
from app.limits import configured, form_value, limiter
from app.models import Role, StaffMember

# Checked when the email is unknown, so a wrong email takes as long as a wrong password.
_DUMMY_HASH = hash_password("not a real password")


def home_page(member: StaffMember) -> str:
    return url_for("staff.accounts" if member.role is Role.ADMIN else "staff.caseload")


@bp.route("/sign-in", methods=["GET", "POST"])
@public
@limiter.limit(configured("SIGN_IN_LIMIT_PER_ADDRESS"), methods=["POST"])
@limiter.limit(configured("SIGN_IN_LIMIT_PER_ACCOUNT"), key_func=form_value("email", "sign-in"), methods=["POST"])
def login():
    form = SignInForm()
    if form.validate_on_submit():
        member = db.session.scalar(select(StaffMember).where(StaffMember.email == form.email.data))
        right = check_password(member.password_hash if member else _DUMMY_HASH, form.password.data)
        if member is not None and right and member.active and member.locked_at is None and not member.invited:
            pending.begin(member, safe_next(request.args.get("next")))
            return redirect(url_for(".enter_code" if member.totp_secret else ".set_up_two_factor"))
        if member is not None:
            lockout.failed(member, Action.SIGN_IN_FAILED)
            db.session.commit()
        form.email.errors.append(_("Enter a correct email address and password"))
    errors = form.error_summary()
    return render_template("auth/sign_in.html", form=form, errors=errors, form_has_errors=bool(errors))


@bp.route("/sign-in/code", methods=["GET", "POST"])
@public
@limiter.limit(configured("TWO_FACTOR_LIMIT_PER_ADDRESS"), methods=["POST"])
@limiter.limit(configured("TWO_FACTOR_LIMIT_PER_ACCOUNT"), key_func=pending.key, methods=["POST"])
def enter_code():
    member = pending.member()
    if member is None:
        flash(_("Sign in again: the time to enter your code ran out"), "info")
        return redirect(url_for(".login"))
    if not member.totp_secret:
        return redirect(url_for(".set_up_two_factor"))
    form = CodeForm()
    if form.validate_on_submit():
        if two_factor.verify(member, form.code.data):
            return finish_sign_in(member)
        lockout.failed(member, Action.TWO_FACTOR_FAILED)
        db.session.commit()
        if member.locked_at is not None:
            return redirect(url_for(".login"))
        form.code.errors.append(_("The code is not right: enter the code your authenticator app shows now, or a recovery code"))
    errors = form.error_summary()
    return render_template("auth/code.html", form=form, errors=errors, form_has_errors=bool(errors))


def finish_sign_in(member: StaffMember):
    """Both factors are done: a fresh session on the server, and on to the page the person was going to."""
    go_to = pending.next_page() or home_page(member)
    lockout.succeeded(member)
    sessions.start(member)
    audit.record(Action.SIGNED_IN)
    db.session.commit()
    return redirect(go_to)


@bp.route("/sign-out", methods=["GET", "POST"])
@public
def logout():
    """GET asks (so a link or a prefetch never signs anyone out); POST signs out and ends the session."""
    form = FlaskForm()
    if not current_user.is_authenticated:
        return redirect(url_for(".login"))
    if form.validate_on_submit():
        audit.record(Action.SIGNED_OUT)
        sessions.end_here()
        db.session.commit()
        flash(_("You have signed out"))
        return redirect(url_for(".login"))
    return render_template("auth/sign_out.html", form=form)
