"""A sign-in half done: the password was right (or an invitation link was used), the two-factor step is next.

Kept in the signed session cookie for 10 minutes; it gives no access to anything but the two-factor pages.
"""

import time

from flask import session

from app.extensions import db
from app.models import StaffMember

KEY = "pending_sign_in"
LIFETIME_SECONDS = 600


def begin(member: StaffMember, next_page: str | None = None) -> None:
    session.clear()
    session[KEY] = {"id": member.id, "at": int(time.time()), "next": next_page}


def member() -> StaffMember | None:
    """Whose sign-in this is, while it is fresh and their account active and not locked."""
    pending = session.get(KEY)
    if not isinstance(pending, dict) or not isinstance(pending.get("id"), int) or not isinstance(pending.get("at"), int):
        return None
    if time.time() - pending["at"] > LIFETIME_SECONDS:
        return None
    found = db.session.get(StaffMember, pending["id"])
    return found if found is not None and found.active and found.locked_at is None else None


def next_page() -> str | None:
    pending = session.get(KEY)
    return pending.get("next") if isinstance(pending, dict) else None


def key() -> str:
    """A limit key per account for the two-factor pages."""
    pending = session.get(KEY)
    return f"two-factor:{pending.get('id') if isinstance(pending, dict) else None}"
