"""A person's own account: their details, their language, changing their password, new recovery codes, and their
sessions."""

from flask import flash, redirect, render_template, url_for
from flask_babel import get_locale, refresh
from flask_babel import gettext as _
from flask_login import current_user
from flask_wtf import FlaskForm
from sqlalchemy import select

from app import audit, languages
from app.audit.actions import Action
from app.auth import bp, emails, two_factor
from app.auth import session as sessions
from app.auth.access import signed_in
from app.auth.forms import ChangePasswordForm, LanguageForm
from app.auth.passwords import check_password, set_password
from app.extensions import db
from app.models import StaffSession
from app.models.staff import ROLE_NAMES


@bp.route("/account")
@signed_in
def account():
    here = sessions.current()
    own = db.session.scalars(
        select(StaffSession).where(StaffSession.staff_id == current_user.id).order_by(StaffSession.last_seen_at.desc())
    ).all()
    return render_template(
        "auth/account.html", sessions=own, here=here, role_names=ROLE_NAMES,
        codes_left=two_factor.recovery_codes_left(current_user), language=languages.named(current_user.language, str(get_locale())),
    )


@bp.route("/account/language", methods=["GET", "POST"])
@signed_in
def change_language():
    """The language staff pages are shown to this person in (any page's language links change it too)."""
    reader = str(get_locale())
    form = LanguageForm(reader, data={"language": current_user.language})
    if form.validate_on_submit():
        current_user.language = form.language.data
        db.session.commit()
        refresh()  # so that the words below are in the language just chosen
        flash(_("Your language has been changed"))
        return redirect(url_for(".account"))
    errors = form.error_summary()
    return render_template(
        "auth/language.html", form=form, language_labels=languages.labelled(reader), errors=errors, form_has_errors=bool(errors)
    )


@bp.route("/account/password", methods=["GET", "POST"])
@signed_in
def change_password():
    form = ChangePasswordForm()
    if form.validate_on_submit():
        if check_password(current_user.password_hash, form.current.data):
            member = current_user._get_current_object()
            set_password(member, form.password.data)
            sessions.end_everywhere(member)
            sessions.start(member)
            audit.record(Action.CHANGED_PASSWORD)
            emails.password_changed(member)
            db.session.commit()
            flash(_("Your password has been changed, and you have been signed out everywhere else"))
            return redirect(url_for(".account"))
        form.current.errors.append(_("Your current password is not right"))
    errors = form.error_summary()
    return render_template("auth/change_password.html", form=form, errors=errors, form_has_errors=bool(errors))


@bp.route("/account/sign-out-elsewhere", methods=["POST"])
@signed_in
def sign_out_elsewhere():
    if FlaskForm().validate_on_submit():
        sessions.end_elsewhere(current_user)
        audit.record(Action.SIGNED_OUT_ELSEWHERE)
        db.session.commit()
        flash(_("You have been signed out on every other device"))
    return redirect(url_for(".account"))


@bp.route("/account/recovery-codes", methods=["POST"])
@signed_in
def new_recovery_codes():
    if not FlaskForm().validate_on_submit():
        return redirect(url_for(".account"))
    codes = two_factor.new_recovery_codes(current_user)
    audit.record(Action.NEW_RECOVERY_CODES)
    db.session.commit()
    return render_template("auth/recovery_codes.html", codes=codes, continue_to=url_for(".account"))
