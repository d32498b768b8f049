"""Invitation links and letter codes: a random token (or short code) the person holds, of which only a hash is stored."""

import hashlib
import hmac
import secrets
from datetime import datetime, timedelta

from flask import current_app
from sqlalchemy import select

from app.crypto import hash_token
from app.extensions import db
from app.models import Child, Invitation, InvitationLink, Review
from app.models.invitation import Channel
from app.models.time import utcnow

TOKEN_BYTES = 32  # 256 random bits


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
        language=child.preferred_language,  # a parent's or carer's own, once they are known (app/invitations/sending.py)
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


# A short code to type from a printed letter: no 0/O, 1/I/L, so it cannot be misread. 31^8 is about 8.5 x 10^11.
SHORT_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
SHORT_CODE_LENGTH = 8


def normalise_code(typed: str) -> str:
    """What a person typed, as the code: capitals, without spaces or dashes."""
    return "".join(c for c in (typed or "").upper() if c not in " -")[:50]


def hash_short_code(code: str) -> str:
    """A keyed hash of a short code. 31^8 codes are few enough to try every one against a plain hash, so a copy of
    the database alone must not be enough to find the codes in it: the key lives only in the app's settings."""
    return hmac.new(_short_code_key(), code.encode(), hashlib.sha256).hexdigest()


def _short_code_key() -> bytes:
    # Derived, not reused (as for phone numbers, app/messaging/phones.py), under a label of its own.
    secret = (current_app.config["ENCRYPTION_KEY"] + current_app.config["SECRET_KEY"]).encode()
    return hmac.new(secret, b"listen-to-me letter code", hashlib.sha256).digest()


def create_short_code(invitation: Invitation) -> str:
    """A new short code for this invitation; only its keyed hash is kept, so it too cannot be recovered later."""
    code = "".join(secrets.choice(SHORT_CODE_ALPHABET) for _ in range(SHORT_CODE_LENGTH))
    invitation.short_code_hash = hash_short_code(code)
    return code


def find_usable_by_code(typed: str, now: datetime | None = None) -> Invitation | None:
    code = normalise_code(typed)
    if len(code) != SHORT_CODE_LENGTH:
        return None
    invitation = db.session.scalar(select(Invitation).where(Invitation.short_code_hash == hash_short_code(code)))
    if invitation is None or not invitation.usable(now or utcnow()):
        return None
    return invitation
