"""Sessions held on the server: a row per sign-in, its random id in the (signed) cookie.

A session ends after 30 minutes idle or 12 hours in all, at sign-out, and for every device at once when the
person's password changes or their account is deactivated: deleting the row is enough, whatever cookie a
browser (or a thief) still holds.
"""

import secrets
from datetime import timedelta

from flask import Flask, current_app, request, session
from flask_babel import lazy_gettext as _l
from flask_login import login_user, logout_user
from sqlalchemy import delete, select, update
from sqlalchemy.orm import joinedload

from app.audit import client_address, printable
from app.crypto import hash_token
from app.extensions import db, login_manager
from app.models import StaffMember, StaffSession
from app.models.time import utcnow

COOKIE_KEY = "staff_session"
# last_seen_at is written at most this often, so reading pages does not write to the database each time.
TOUCH_EVERY = timedelta(minutes=1)


def start(member: StaffMember) -> None:
    """Sign the person in on this device with a fresh session: nothing from before sign-in carries over."""
    session.clear()
    token = secrets.token_urlsafe(32)
    db.session.add(
        StaffSession(
            token_hash=hash_token(token), staff=member, address=client_address(), user_agent=printable(request.user_agent.string)[:300]
        )
    )
    session[COOKIE_KEY] = token
    login_user(member)


def current() -> StaffSession | None:
    token = session.get(COOKIE_KEY)
    if not isinstance(token, str):
        return None
    # The person comes in the same query: every staff page asks for them.
    return db.session.scalar(
        select(StaffSession).options(joinedload(StaffSession.staff)).where(StaffSession.token_hash == hash_token(token))
    )


def end_here() -> None:
    """Sign out on this device; the caller commits."""
    this = current()
    if this is not None:
        db.session.delete(this)
    logout_user()
    session.clear()


def end_everywhere(member: StaffMember) -> None:
    """End every session the person has, on every device; the caller commits."""
    db.session.execute(delete(StaffSession).where(StaffSession.staff_id == member.id))


def end_elsewhere(member: StaffMember) -> None:
    """End the person's sessions on every other device; the caller commits."""
    this = current()
    others = delete(StaffSession).where(StaffSession.staff_id == member.id)
    if this is not None:
        others = others.where(StaffSession.id != this.id)
    db.session.execute(others)


def _expired(row: StaffSession) -> bool:
    now = utcnow()
    idle = timedelta(minutes=current_app.config["STAFF_SESSION_IDLE_MINUTES"])
    absolute = timedelta(hours=current_app.config["STAFF_SESSION_MAX_HOURS"])
    return now - row.last_seen_at > idle or now - row.created_at > absolute


@login_manager.user_loader
def load_staff(staff_id: str) -> StaffMember | None:
    """The signed-in person, only while their session row lives, is in date and their account is active."""
    row = current()
    if row is None or str(row.staff_id) != staff_id:
        return None
    # A separate connection, so that ending or touching a session never commits a page's own unfinished work.
    with db.engine.begin() as connection:
        if _expired(row) or not row.staff.active:
            connection.execute(delete(StaffSession).where(StaffSession.id == row.id))
            return None
        if utcnow() - row.last_seen_at > TOUCH_EVERY:
            connection.execute(update(StaffSession).where(StaffSession.id == row.id).values(last_seen_at=utcnow()))
    return row.staff


def init_app(app: Flask) -> None:
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    login_manager.login_message = _l("Sign in to see this page")
    login_manager.login_message_category = "info"
    login_manager.session_protection = "strong"
