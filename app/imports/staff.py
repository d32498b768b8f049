"""`email,name,role`: staff accounts, matched by email. Each new account is emailed an invitation to set a
password and two-factor sign-in. An import never changes an existing account's role (that is done, with a
reason, on the staff accounts page), and on the upload page it never makes a manager: only a manager, or a
command on the server, can."""

from flask import has_request_context
from flask_login import current_user
from sqlalchemy import func, select

from app import audit
from app.audit.actions import Action
from app.auth import emails
from app.auth.passwords import unusable_password_hash
from app.extensions import db
from app.govuk.validators import is_email
from app.imports import messages
from app.imports.reading import Row
from app.models import Role, StaffMember

COLUMNS = ("email", "name", "role")
OPTIONAL: frozenset[str] = frozenset()


def check(rows: list[Row]) -> list[dict]:
    """Each row's clean values; problems are noted on the rows."""
    existing = _existing({row.values.get("email", "").lower() for row in rows})
    first_line: dict[str, int] = {}
    cleaned = []
    for row in rows:
        email = row.text("email", 254).lower()
        name = row.text("name", 200)
        role_text = row.text("role", 20).lower()
        if email and not is_email(email):
            row.problem(messages.NOT_AN_EMAIL, value=email)
        elif email in first_line:
            row.problem(messages.REPEATED, column="email", value=email, line=first_line[email])
        elif email:
            first_line[email] = row.line
        role = Role(role_text) if role_text in set(Role) else None
        if role_text and role is None:
            row.problem(messages.NOT_A_ROLE, value=role_text)
        member = existing.get(email)
        if member is not None and role is not None and role is not member.role:
            row.problem(messages.ROLE_NOT_CHANGED, email=email, role=member.role.value)
        elif member is None and role is Role.MANAGER and not _may_make_managers():
            row.problem(messages.NOT_A_MANAGER_MAKER)
        cleaned.append({"email": email, "name": name, "role": role, "member": member})
    return cleaned


def apply(cleaned: list[dict], counts: dict[str, int]) -> None:
    for values in cleaned:
        member = values["member"]
        if member is None:
            member = StaffMember(
                email=values["email"], name=values["name"], role=values["role"], password_hash=unusable_password_hash()
            )
            db.session.add(member)
            db.session.flush()
            emails.invitation(member)
            audit.record(Action.INVITED_STAFF, subject=member, detail=f"{member.role.value}, by import")
            counts["added"] += 1
        elif member.name != values["name"]:
            member.name = values["name"]
            counts["updated"] += 1
        else:
            counts["unchanged"] += 1


def _existing(emails: set[str]) -> dict[str, StaffMember]:
    members = db.session.scalars(select(StaffMember).where(func.lower(StaffMember.email).in_(emails))).all()
    return {member.email.lower(): member for member in members}


def _may_make_managers() -> bool:
    """On the server's command line, or a manager on the upload page; never an administrator."""
    return not has_request_context() or (current_user.is_authenticated and current_user.role is Role.MANAGER)
