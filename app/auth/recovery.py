"""A forgotten password: a reset link by email (the same answer whether or not the address has an account),
good for one use within an hour. A new password unlocks a locked account and ends every session."""

from flask import flash, redirect, render_template, url_for
from flask_babel import gettext as _
from sqlalchemy import select

from app import audit
from app.audit.actions import Action
from app.auth import bp, emails, links, lockout, pending
from app.auth import session as sessions
from app.auth.access import public
from app.auth.forms import ForgotPasswordForm, NewPasswordForm
from app.auth.passwords import set_password
from app.extensions import db
from app.limits import configured, form_value, limiter
from app.models import LinkPurpose, StaffMember
from app.models.time import utcnow


@bp.route("/forgot-password", methods=["GET", "POST"])
@public
@limiter.limit(configured("RESET_LIMIT_PER_ADDRESS"), methods=["POST"])
@limiter.limit(configured("RESET_LIMIT_PER_ACCOUNT"), key_func=form_value("email", "reset"), methods=["POST"])
def forgot_password():
    form = ForgotPasswordForm()
    if form.validate_on_submit():
        member = db.session.scalar(select(StaffMember).where(StaffMember.email == form.email.data))
        if member is not None and member.active:
            emails.reset(member)
            audit.record(Action.ASKED_FOR_RESET, staff=member)
            db.session.commit()
        return render_template("auth/reset_sent.html", email=form.email.data)
    errors = form.error_summary()
    return render_template("auth/forgot_password.html", form=form, errors=errors, form_has_errors=bool(errors))


@bp.route("/reset-password/<token>", methods=["GET", "POST"])
@public
def reset_password(token: str):
    link = links.usable(token, LinkPurpose.RESET)
    if link is None:
        return render_template("auth/link_not_working.html"), 404
    form = NewPasswordForm()
    member = link.staff
    if form.validate_on_submit():
        set_password(member, form.password.data)
        link.used_at = utcnow()
        lockout.unlock(member)
        sessions.end_everywhere(member)
        audit.record(Action.RESET_PASSWORD, staff=member)
        emails.password_changed(member)
        db.session.commit()
        if not member.totp_secret:
            pending.begin(member)
            return redirect(url_for(".set_up_two_factor"))
        flash(_("Your password has been changed. Sign in with your new password."))
        return redirect(url_for(".login"))
    errors = form.error_summary()
    return render_template(
        "auth/new_password.html", form=form, errors=errors, form_has_errors=bool(errors), member=member,
        heading=_("Choose a new password"), button=_("Change password"),
    )
