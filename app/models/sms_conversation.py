"""A questionnaire answered by text, and the texts we have received."""

import enum
from datetime import datetime

from sqlalchemy import Enum, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.extensions import db
from app.models.time import UTCDateTime, utcnow


class ConversationState(enum.StrEnum):
    INVITED = "invited"  # the invitation went out; a YES (or any text) starts the questions
    ANSWERING = "answering"  # question_id is the question last asked
    CHECKING = "checking"  # every question answered or skipped: waiting for SEND
    DONE = "done"  # answers sent (by text or on the web)
    EXPIRED = "expired"  # no reply for too long; a new text starts again where they left off


class SmsConversation(db.Model):
    __tablename__ = "sms_conversation"
    __table_args__ = (UniqueConstraint("invitation_id", "phone_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    invitation_id: Mapped[int] = mapped_column(ForeignKey("invitation.id"), index=True)
    phone_id: Mapped[int] = mapped_column(ForeignKey("phone_number.id"), index=True)
    state: Mapped[ConversationState] = mapped_column(
        Enum(ConversationState, native_enum=False, length=12, values_callable=lambda e: [m.value for m in e]),
        default=ConversationState.INVITED,
    )
    question_id: Mapped[str | None] = mapped_column(String(60))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_activity_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # The one nudge sent when a conversation goes quiet; cleared when the person replies.
    nudged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The reminder before the review (docs/domain.md, Channels), sent once.
    reminded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    invitation: Mapped["Invitation"] = relationship()  # noqa: F821
    phone: Mapped["PhoneNumber"] = relationship()  # noqa: F821


class InboundSms(db.Model):
    """That a text arrived, by its MessageSid, so a retried webhook is handled once. Never its words or number."""

    __tablename__ = "inbound_sms"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_sid: Mapped[str] = mapped_column(String(64), unique=True)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # None when the number is not one we know.
    phone_id: Mapped[int | None] = mapped_column(ForeignKey("phone_number.id"))


class InvitationLink(db.Model):
    """A further link to the same invitation (asked for by texting LINK); like the first, only a hash is kept."""

    __tablename__ = "invitation_link"

    id: Mapped[int] = mapped_column(primary_key=True)
    invitation_id: Mapped[int] = mapped_column(ForeignKey("invitation.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
