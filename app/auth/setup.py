"""Setting up an account: the invitation link (choose a password), then the authenticator app and the
recovery codes. Two-factor is enrolled here too by anyone whose two-factor was reset."""

from flask import redirect, render_template, session, url_for
from flask_babel import gettext as _

from app import audit
from app.audit.actions import Action
from app.auth import bp, links, pending, two_factor
from app.auth.access import public
from app.auth.forms import CodeForm, NewPasswordForm
from app.auth.passwords import set_password
from app.auth.routes import finish_sign_in
from app.extensions import db
from app.limits import configured, limiter
from app.models import LinkPurpose
from app.models.time import utcnow

SECRET_KEY = "two_factor_secret"


@bp.route("/set-up/<token>", methods=["GET", "POST"])
@public
def accept_invitation(token: str):
    link = links.usable(token, LinkPurpose.INVITE)
    if link is None:
        return render_template("auth/link_not_working.html"), 404
    form = NewPasswordForm()
    if form.validate_on_submit():
        member = link.staff
        set_password(member, form.password.data)
        link.used_at = utcnow()
        audit.record(Action.ACCEPTED_INVITATION, staff=member)
        db.session.commit()
        pending.begin(member)
        return redirect(url_for(".set_up_two_factor"))
    errors = form.error_summary()
    return render_template(
        "auth/new_password.html", form=form, errors=errors, form_has_errors=bool(errors), member=link.staff,
        heading=_("Set up your account"), button=_("Continue"),
    )


@bp.route("/two-factor/set-up", methods=["GET", "POST"])
@public
@limiter.limit(configured("TWO_FACTOR_LIMIT_PER_ADDRESS"), methods=["POST"])
@limiter.limit(configured("TWO_FACTOR_LIMIT_PER_ACCOUNT"), key_func=pending.key, methods=["POST"])
def set_up_two_factor():
    member = pending.member()
    if member is None:
        return redirect(url_for(".login"))
    if member.totp_secret:
        return redirect(url_for(".enter_code"))
    secret = session.get(SECRET_KEY)
    if not isinstance(secret, str):
        secret = session[SECRET_KEY] = two_factor.new_secret()
    form = CodeForm()
    if form.validate_on_submit():
        step = two_factor.check_code(secret, form.code.data, None)
        if step is not None:
            member.totp_secret, member.totp_last_step = secret, step
            codes = two_factor.new_recovery_codes(member)
            audit.record(Action.ENROLLED_TWO_FACTOR, staff=member)
            response = finish_sign_in(member)
            return render_template("auth/recovery_codes.html", codes=codes, continue_to=response.location)
        form.code.errors.append(_("The code is not right: enter the 6-digit code your authenticator app shows now"))
    errors = form.error_summary()
    return render_template(
        "auth/set_up_two_factor.html", form=form, errors=errors, form_has_errors=bool(errors),
        qr=two_factor.enrolment_qr(member, secret), secret=" ".join(secret[i:i + 4] for i in range(0, len(secret), 4)),
    )
