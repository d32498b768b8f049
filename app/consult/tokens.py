"""Invitation links: a random token the person holds, of which only a hash is stored."""

import hashlib
import secrets
from datetime import datetime, timedelta

from flask import current_app
from sqlalchemy import select

from app.extensions import db
from app.models import Child, Invitation, InvitationLink, Review
from app.models.invitation import Channel
from app.models.time import utcnow

TOKEN_BYTES = 32  # 256 random bits


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def create_invitation(
    child: Child,
    review: Review | None,
    questionnaire: str,
    channel: Channel = Channel.WEB,
    token: str | None = None,
) -> tuple[Invitation, str]:
    """A new invitation and the token for its link; the token cannot be recovered later."""
    token = token or new_token()
    invitation = Invitation(
        child=child,
        review=review,
        questionnaire=questionnaire,
        channel=channel,
        token_hash=hash_token(token),
        expires_at=utcnow() + timedelta(days=current_app.config["INVITATION_DAYS"]),
    )
    db.session.add(invitation)
    return invitation, token


def find_usable(token: str, now: datetime | None = None) -> Invitation | None:
    """The invitation behind a link, if it is still usable; None for wrong, expired or revoked links alike."""
    if not token or len(token) > 200:
        return None
    hashed = hash_token(token)
    invitation = db.session.scalar(select(Invitation).where(Invitation.token_hash == hashed))
    if invitation is None:
        # A further link, e.g. one asked for by texting LINK: the first link keeps working too.
        invitation = db.session.scalar(
            select(Invitation).join(InvitationLink, InvitationLink.invitation_id == Invitation.id).where(InvitationLink.token_hash == hashed)
        )
    if invitation is None or not invitation.usable(now or utcnow()):
        return None
    return invitation


def create_extra_link(invitation: Invitation) -> str:
    """Another token for the same invitation, revoking nothing; returns the token."""
    token = new_token()
    db.session.add(InvitationLink(invitation_id=invitation.id, token_hash=hash_token(token)))
    return token
