"""Single-use links emailed to staff: an invitation to set up an account (24 hours) and a password reset (1 hour).

Only a hash of each link's token is stored. A link works once, until it expires, and a newer link of the same
kind replaces any older one.
"""

import secrets
from datetime import timedelta

from sqlalchemy import select, update

from app.addresses import page_url
from app.crypto import hash_token
from app.extensions import db
from app.models import AccountLink, LinkPurpose, StaffMember
from app.models.time import utcnow

LIFETIME = {LinkPurpose.INVITE: timedelta(hours=24), LinkPurpose.RESET: timedelta(hours=1)}
ENDPOINT = {LinkPurpose.INVITE: "auth.accept_invitation", LinkPurpose.RESET: "auth.reset_password"}


def create(member: StaffMember, purpose: LinkPurpose) -> str:
    """A new link's full address; older unused links of this kind stop working. The caller commits."""
    now = utcnow()
    db.session.execute(
        update(AccountLink)
        .where(AccountLink.staff_id == member.id, AccountLink.purpose == purpose, AccountLink.used_at.is_(None))
        .values(used_at=now)
    )
    token = secrets.token_urlsafe(32)
    db.session.add(
        AccountLink(token_hash=hash_token(token), staff_id=member.id, purpose=purpose, expires_at=now + LIFETIME[purpose])
    )
    return page_url(ENDPOINT[purpose], token=token)


def usable(token: str, purpose: LinkPurpose) -> AccountLink | None:
    """The link, if it is of this kind, unused, in date, and its account still active."""
    link = db.session.scalar(select(AccountLink).where(AccountLink.token_hash == hash_token(token), AccountLink.purpose == purpose))
    if link is None or link.used_at is not None or link.expires_at <= utcnow() or not link.staff.active:
        return None
    return link
