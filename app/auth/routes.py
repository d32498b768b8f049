"""Sign in and sign out."""

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import login_user, logout_user
from sqlalchemy import select

from app.auth import bp
from app.auth.access import public
from app.auth.forms import SignInForm
from app.auth.passwords import check_password, hash_password
from app.extensions import db
from app.models import Role, StaffMember

# Checked when the email is unknown, so a wrong email takes as long as a wrong password.
_DUMMY_HASH = hash_password("not a real password")


@bp.route("/sign-in", methods=["GET", "POST"])
@public
def login():
    form = SignInForm()
    if form.validate_on_submit():
        member = db.session.scalar(select(StaffMember).where(StaffMember.email == form.email.data))
        if check_password(member.password_hash if member else _DUMMY_HASH, form.password.data) and member.active:
            login_user(member)
            return redirect(_safe_next(request.args.get("next"), member))
        form.email.errors.append(_("Enter a correct email address and password"))
    form_errors = [{"text": field.errors[0], "href": f"#{field.id}"} for field in (form.email, form.password) if field.errors]
    return render_template("auth/sign_in.html", form=form, form_errors=form_errors, form_has_errors=bool(form_errors))


@bp.route("/sign-out")
@public
def logout():
    logout_user()
    flash(_("You have signed out"))
    return redirect(url_for("auth.login"))


def _safe_next(target: str | None, member: StaffMember) -> str:
    """Only ever redirect to a path on this site after sign-in; otherwise to the person's own home page."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return url_for("staff.accounts" if member.role is Role.ADMIN else "staff.caseload")
