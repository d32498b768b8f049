"""What a staff account needs to sign in safely: its sessions, its one-time links and its recovery codes.

Secrets (session ids, link tokens, recovery codes) are stored only as hashes, so a copy of the database
opens nobody's account.
"""

import enum
from datetime import datetime

from sqlalchemy import Enum, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.extensions import db
from app.models.time import UTCDateTime, utcnow


class StaffSession(db.Model):
    """One sign-in on one device. The cookie holds its random id; deleting the row signs that device out."""

    __tablename__ = "staff_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_member.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    address: Mapped[str] = mapped_column(String(45), default="")
    user_agent: Mapped[str] = mapped_column(String(300), default="")

    staff: Mapped["StaffMember"] = relationship()  # noqa: F821


class LinkPurpose(enum.StrEnum):
    INVITE = "invite"  # set a password and two-factor for a new account: 24 hours
    RESET = "reset"  # choose a new password: 1 hour


class AccountLink(db.Model):
    """A single-use link emailed to a member of staff."""

    __tablename__ = "account_link"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_member.id"), index=True)
    purpose: Mapped[LinkPurpose] = mapped_column(
        Enum(LinkPurpose, native_enum=False, length=10, values_callable=lambda e: [m.value for m in e])
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    staff: Mapped["StaffMember"] = relationship()  # noqa: F821


class RecoveryCode(db.Model):
    """One of ten codes that stand in for the authenticator app once each."""

    __tablename__ = "recovery_code"

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_member.id"), index=True)
    code_hash: Mapped[str] = mapped_column(String(64))
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
