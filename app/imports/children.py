"""`child_ref,first_name,last_name,date_of_birth,looked_after_since,iro_email,mobile,language`: children, matched
by child_ref, each allocated to their IRO (a change of IRO keeps the old allocation as history).

mobile and language may be left out of the file: then what we hold is left as it is. An empty mobile removes
the one we hold; an empty language means English.
"""

from datetime import date

from flask import current_app
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.extensions import db
from app.imports import messages
from app.imports.reading import Row
from app.messaging import phones
from app.models import Child, Role, StaffMember
from app.allocation.allocating import allocate

COLUMNS = ("child_ref", "first_name", "last_name", "date_of_birth", "looked_after_since", "iro_email", "mobile", "language")
OPTIONAL = frozenset({"mobile", "language"})


def check(rows: list[Row]) -> list[dict]:
    """Each row's clean values; problems are noted on the rows."""
    today = date.today()
    supported = current_app.config["LANGUAGES"]
    iros = {
        member.email.lower(): member
        for member in db.session.scalars(select(StaffMember).where(StaffMember.role == Role.IRO, StaffMember.active))
    }
    existing = _existing({row.values.get("child_ref", "") for row in rows})
    first_line: dict[str, int] = {}
    cleaned = []
    for row in rows:
        reference = row.text("child_ref", 40)
        if reference in first_line:
            row.problem(messages.REPEATED, column="child_ref", value=reference, line=first_line[reference])
        elif reference:
            first_line[reference] = row.line
        values = {
            "first_name": row.text("first_name", 100),
            "last_name": row.text("last_name", 100),
            "date_of_birth": row.day("date_of_birth", today=today),
            "looked_after_since": row.day("looked_after_since", today=today),
        }
        if values["date_of_birth"] and values["looked_after_since"] and values["looked_after_since"] < values["date_of_birth"]:
            row.problem(messages.CARE_BEFORE_BIRTH)
        iro_email = row.text("iro_email", 254).lower()
        if iro_email and iro_email not in iros:
            row.problem(messages.NOT_AN_IRO, value=iro_email)
        mobile = _mobile(row)
        if row.has("language"):
            language = row.values["language"].lower() or current_app.config["BABEL_DEFAULT_LOCALE"]
            if language not in supported:
                row.problem(messages.NOT_A_LANGUAGE, value=row.values["language"], supported=", ".join(supported))
            values["preferred_language"] = language
        cleaned.append(
            {
                "reference": reference,
                "child": existing.get(reference),
                "values": values,
                "iro": iros.get(iro_email),
                "has_mobile": row.has("mobile"),
                "mobile": mobile,
            }
        )
    return cleaned


def apply(cleaned: list[dict], counts: dict[str, int]) -> None:
    today = date.today()
    for change in cleaned:
        child, values = change["child"], change["values"]
        if child is None:
            child = Child(reference=change["reference"], **values)
            db.session.add(child)
            counts["added"] += 1
            changed = False
        else:
            changed = any(getattr(child, name) != value for name, value in values.items())
            for name, value in values.items():
                setattr(child, name, value)
        if change["has_mobile"]:
            phone = phones.find_or_add(change["mobile"]) if change["mobile"] else None
            if child.mobile is not phone:
                child.mobile = phone
                changed = True
        current = child.current_allocation
        if current is None or current.iro is not change["iro"]:
            # A child new to the service is not a handover: the first import would send every IRO a message a child.
            allocate(child, change["iro"], today, tell=change["child"] is not None)
            changed = True
        if change["child"] is not None:
            counts["updated" if changed else "unchanged"] += 1


def _mobile(row: Row) -> str | None:
    typed = row.values.get("mobile", "")
    if not typed:
        return None
    try:
        return phones.parse_mobile(typed)
    except phones.NotAMobileNumber:
        row.problem(messages.NOT_A_MOBILE, value=typed)
        return None


def _existing(references: set[str]) -> dict[str, Child]:
    children = db.session.scalars(
        select(Child).where(Child.reference.in_(references)).options(selectinload(Child.allocations), selectinload(Child.mobile))
    ).all()
    return {child.reference: child for child in children}
