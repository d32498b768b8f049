"""Staff accounts, looked after by administrators (and by managers, who alone can make a manager).

Administrators invite, deactivate, reactivate, change roles and reset two-factor; none of it gives them a way
to read a child's views. Nobody changes their own role or deactivates themselves, and each change is audited.
"""

from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from flask_wtf import FlaskForm
from sqlalchemy import or_, select
from wtforms import EmailField, StringField, TextAreaField
from wtforms.validators import InputRequired, Length, ValidationError

from app import audit
from app.audit.actions import Action, label_of
from app.auth import emails, two_factor
from app.auth import session as sessions
from app.auth.access import staff
from app.auth.passwords import unusable_password_hash
from app.extensions import db
from app.govuk.fields import GovukRadiosField
from app.govuk.forms import GovukForm, lowercase
from app.govuk.validators import EmailAddress
from app.models import Allocation, AuditEvent, Role, StaffMember
from app.models.staff import ROLE_NAMES
from app.staff import bp

ACCOUNT_KEEPERS = (Role.ADMIN, Role.MANAGER)


def roles_given_by(actor: StaffMember) -> tuple[Role, ...]:
    """Only a manager can make a manager, so an administrator can never give anyone a way to read views."""
    return (Role.IRO, Role.MANAGER, Role.ADMIN) if actor.role is Role.MANAGER else (Role.IRO, Role.ADMIN)


def may_change(actor: StaffMember, member: StaffMember) -> bool:
    return member.id != actor.id and (actor.role is Role.MANAGER or member.role is not Role.MANAGER)


def _role_field() -> GovukRadiosField:
    return GovukRadiosField(_l("Role"), validators=[InputRequired(_l("Select a role"))])


class _RoleForm(GovukForm):
    """A form with a role in it, offering only the roles the person filling it in may give."""

    role: GovukRadiosField

    def __init__(self, actor: StaffMember, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.role.choices = [(role.value, ROLE_NAMES[role]) for role in roles_given_by(actor)]


class InviteForm(_RoleForm):
    name = StringField(
        _l("Full name"),
        validators=[InputRequired(_l("Enter their full name")), Length(max=200, message=_l("Enter a name of 200 characters or fewer"))],
    )
    email = EmailField(
        _l("Work email address"), filters=[lowercase],
        validators=[
            InputRequired(_l("Enter their work email address")),
            Length(max=254, message=_l("Enter an email address of 254 characters or fewer")),
            EmailAddress(),
        ],
    )
    role = _role_field()

    def validate_email(self, field) -> None:
        if db.session.scalar(select(StaffMember.id).where(StaffMember.email == field.data)):
            raise ValidationError(_l("There is already an account with this email address"))


class RoleChangeForm(_RoleForm):
    role = _role_field()
    reason = TextAreaField(
        _l("Reason for the change"),
        validators=[InputRequired(_l("Enter the reason for the change")), Length(max=150, message=_l("Enter a reason of 150 characters or fewer"))],
    )


@bp.route("/accounts")
@staff(*ACCOUNT_KEEPERS)
def accounts():
    members = db.session.scalars(select(StaffMember).order_by(StaffMember.active.desc(), StaffMember.name)).all()
    return render_template("staff/accounts.html", members=members, role_names=ROLE_NAMES)


@bp.route("/accounts/invite", methods=["GET", "POST"])
@staff(*ACCOUNT_KEEPERS)
def invite():
    form = InviteForm(current_user)
    if form.validate_on_submit():
        member = StaffMember(
            name=form.name.data, email=form.email.data, role=Role(form.role.data),
            password_hash=unusable_password_hash(),
        )
        db.session.add(member)
        db.session.flush()
        emails.invitation(member)
        audit.record(Action.INVITED_STAFF, subject=member, detail=member.role.value)
        db.session.commit()
        flash(_("We have emailed an invitation to %(email)s. It works for 24 hours.", email=member.email))
        return redirect(url_for(".account", member_id=member.id))
    errors = form.error_summary()
    return render_template("staff/account_invite.html", form=form, errors=errors, form_has_errors=bool(errors))


@bp.route("/accounts/<int:member_id>", methods=["GET", "POST"])
@staff(*ACCOUNT_KEEPERS)
def account(member_id: int):
    member = db.get_or_404(StaffMember, member_id)
    changeable = may_change(current_user, member)
    allocated = _children_allocated(member)
    form = RoleChangeForm(current_user, data={"role": member.role.value})
    if form.validate_on_submit():
        if not changeable:
            abort(403)
        new_role = Role(form.role.data)
        if new_role is not Role.IRO and allocated:
            form.role.errors.append(_("Reallocate this IRO's children before changing their role"))
        elif new_role is not member.role:
            audit.record(Action.CHANGED_ROLE, subject=member, detail=f"{member.role.value} → {new_role.value}: {form.reason.data}")
            member.role = new_role
            sessions.end_everywhere(member)  # their pages and menu change with the role: a fresh sign-in shows them
            db.session.commit()
            flash(_("%(name)s is now: %(role)s", name=member.name, role=ROLE_NAMES[new_role]))
            return redirect(url_for(".account", member_id=member.id))
    errors = form.error_summary()
    history = db.session.scalars(
        select(AuditEvent)
        .where(or_(AuditEvent.subject_id == member.id, AuditEvent.staff_id == member.id), AuditEvent.child_id.is_(None))
        .order_by(AuditEvent.at.desc(), AuditEvent.id.desc()).limit(20)
    ).all()
    return render_template(
        "staff/account.html", member=member, form=form, errors=errors, form_has_errors=bool(errors),
        changeable=changeable, role_names=ROLE_NAMES, history=history, action_label=label_of,
        children_allocated=allocated,
    )


@bp.route("/accounts/<int:member_id>/<any(deactivate, reactivate, reset_two_factor, resend_invitation):change>", methods=["POST"])
@staff(*ACCOUNT_KEEPERS)
def change_account(member_id: int, change: str):
    member = db.get_or_404(StaffMember, member_id)
    if not may_change(current_user, member):
        audit.record(Action.REFUSED_ACCOUNT_CHANGE, subject=member, detail=change)
        db.session.commit()
        abort(403)
    if FlaskForm().validate_on_submit():
        flash(CHANGES[change](member))
        db.session.commit()
    return redirect(url_for(".account", member_id=member.id))


def _deactivate(member: StaffMember) -> str:
    member.active = False
    sessions.end_everywhere(member)
    audit.record(Action.DEACTIVATED_STAFF, subject=member)
    return _("%(name)s can no longer sign in, and has been signed out everywhere", name=member.name)


def _reactivate(member: StaffMember) -> str:
    member.active = True
    audit.record(Action.REACTIVATED_STAFF, subject=member)
    return _("%(name)s can sign in again", name=member.name)


def _reset_two_factor(member: StaffMember) -> str:
    two_factor.forget(member)
    sessions.end_everywhere(member)
    emails.two_factor_reset(member)
    audit.record(Action.RESET_TWO_FACTOR, subject=member)
    return _("%(name)s will set up two-factor sign-in again next time they sign in. We have emailed them.", name=member.name)


def _resend_invitation(member: StaffMember) -> str:
    if not member.invited:
        return _("%(name)s has already set up their account", name=member.name)
    emails.invitation(member)
    audit.record(Action.INVITED_STAFF, subject=member, detail=member.role.value)
    return _("We have emailed a new invitation to %(email)s. It works for 24 hours.", email=member.email)


CHANGES = {
    "deactivate": _deactivate,
    "reactivate": _reactivate,
    "reset_two_factor": _reset_two_factor,
    "resend_invitation": _resend_invitation,
}


def _children_allocated(member: StaffMember) -> int:
    current = select(Allocation.id).where(Allocation.iro_id == member.id, Allocation.ends_on.is_(None))
    return len(db.session.scalars(current).all())
