"""`email,name,role`: staff accounts, matched by email. New staff get an unusable password until they reset it."""

import re
import secrets

from sqlalchemy import func, select

from app.auth.passwords import hash_password
from app.extensions import db
from app.imports import messages
from app.imports.reading import Row
from app.models import Allocation, Role, StaffMember

COLUMNS = ("email", "name", "role")
OPTIONAL: frozenset[str] = frozenset()
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def check(rows: list[Row]) -> list[dict]:
    """Each row's clean values; problems are noted on the rows."""
    existing = _existing({row.values.get("email", "").lower() for row in rows})
    first_line: dict[str, int] = {}
    cleaned = []
    for row in rows:
        email = row.text("email", 254).lower()
        name = row.text("name", 200)
        role_text = row.text("role", 20).lower()
        if email and not EMAIL.fullmatch(email):
            row.problem(messages.NOT_AN_EMAIL, value=email)
        elif email in first_line:
            row.problem(messages.REPEATED, column="email", value=email, line=first_line[email])
        elif email:
            first_line[email] = row.line
        role = Role(role_text) if role_text in set(Role) else None
        if role_text and role is None:
            row.problem(messages.NOT_A_ROLE, value=role_text)
        member = existing.get(email)
        if member is not None and role is not None and member.role is Role.IRO and role is not Role.IRO and _has_children(member):
            row.problem(messages.STILL_HAS_CHILDREN, email=email)
        cleaned.append({"email": email, "name": name, "role": role, "member": member})
    return cleaned


def apply(cleaned: list[dict], counts: dict[str, int]) -> None:
    for values in cleaned:
        member = values["member"]
        if member is None:
            # Nobody knows this password: the person sets their own through a reset before signing in.
            db.session.add(
                StaffMember(
                    email=values["email"],
                    name=values["name"],
                    role=values["role"],
                    password_hash=hash_password(secrets.token_urlsafe(32)),
                )
            )
            counts["added"] += 1
        elif (member.name, member.role) != (values["name"], values["role"]):
            member.name, member.role = values["name"], values["role"]
            counts["updated"] += 1
        else:
            counts["unchanged"] += 1


def _existing(emails: set[str]) -> dict[str, StaffMember]:
    members = db.session.scalars(select(StaffMember).where(func.lower(StaffMember.email).in_(emails))).all()
    return {member.email.lower(): member for member in members}


def _has_children(member: StaffMember) -> bool:
    current = select(Allocation.id).where(Allocation.iro_id == member.id, Allocation.ends_on.is_(None))
    return db.session.scalar(select(current.exists())) or False
