"""The outbox: every text we send is first a row here, written in the same transaction as its cause."""

import enum
from datetime import datetime

from sqlalchemy import Enum, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.crypto import EncryptedText
from app.extensions import db
from app.models.time import UTCDateTime, utcnow


class MessageStatus(enum.StrEnum):
    """Where a text is, in our own words; each provider maps its statuses to these (app/messaging/providers/)."""

    PENDING = "pending"  # waiting for a worker, at or after next_attempt_at
    CLAIMED = "claimed"  # a worker took it; if it never says how it went, it is never sent again
    CANCELLED = "cancelled"  # not sent: the person opted out first
    SENDING = "sending"  # the provider took it and is passing it on
    SENT = "sent"  # the provider handed it to the phone network
    DELIVERED = "delivered"  # the phone got it
    FAILED = "failed"  # never sent, or sent and not delivered


# A status only ever moves a message forward: a late "sent" never undoes "delivered".
STATUS_RANK = {
    MessageStatus.PENDING: 0,
    MessageStatus.CLAIMED: 1,
    MessageStatus.SENDING: 2,
    MessageStatus.SENT: 3,
    MessageStatus.DELIVERED: 4,
    MessageStatus.FAILED: 4,
    MessageStatus.CANCELLED: 4,
}


class ErrorKind(enum.StrEnum):
    """Why a text was not sent or not delivered, in our own words; each provider maps its error codes to these."""

    OPTED_OUT = "opted_out"  # the person texted STOP to the provider: never text them again
    INVALID_NUMBER = "invalid_number"  # not a number that can be texted at all: never try it again
    UNREACHABLE = "unreachable"  # the phone was off or out of signal
    NO_SUCH_NUMBER = "no_such_number"
    LANDLINE = "landline"  # or another number that cannot get texts
    BLOCKED = "blocked"  # the phone network refused it
    UNKNOWN = "unknown"  # the phone network gave no reason
    TEMPORARY = "temporary"  # the provider was busy, at fault or out of reach: tried again later
    REJECTED = "rejected"  # the provider refused it for another reason


class OutboundSms(db.Model):
    __tablename__ = "outbound_sms"
    __table_args__ = (Index("ix_outbound_sms_due", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    phone_id: Mapped[int] = mapped_column(ForeignKey("phone_number.id"), index=True)
    # What the text is for (invitation, reply, reminder...), for staff and logs; the body itself is encrypted.
    purpose: Mapped[str] = mapped_column(String(20))
    body: Mapped[str] = mapped_column(EncryptedText)
    status: Mapped[MessageStatus] = mapped_column(
        Enum(MessageStatus, native_enum=False, length=12, values_callable=lambda e: [m.value for m in e]),
        default=MessageStatus.PENDING,
    )
    attempts: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The provider's id for the message, set when the provider accepts it.
    provider_sid: Mapped[str | None] = mapped_column(String(64), unique=True)
    # Why it failed, as the app reasons on it; the provider's own error code and HTTP status are kept for diagnosis.
    error_kind: Mapped[ErrorKind | None] = mapped_column(
        Enum(ErrorKind, native_enum=False, length=16, values_callable=lambda e: [m.value for m in e])
    )
    error_code: Mapped[int | None]
    http_status: Mapped[int | None]

    phone: Mapped["PhoneNumber"] = relationship()  # noqa: F821


class EmailStatus(enum.StrEnum):
    PENDING = "pending"
    CLAIMED = "claimed"
    SENT = "sent"
    FAILED = "failed"


class OutboundEmail(db.Model):
    """An email waiting for the worker, written in the same transaction as its cause, as texts are."""

    __tablename__ = "outbound_email"
    __table_args__ = (Index("ix_outbound_email_due", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    to_address: Mapped[str] = mapped_column(EncryptedText)
    subject: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(EncryptedText)  # may hold a link
    purpose: Mapped[str] = mapped_column(String(20))
    status: Mapped[EmailStatus] = mapped_column(
        Enum(EmailStatus, native_enum=False, length=10, values_callable=lambda e: [m.value for m in e]),
        default=EmailStatus.PENDING,
    )
    attempts: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The contact on a child's record it went to (an invitation or reminder), so staff can see what became of it.
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id"), index=True)

    contact: Mapped["Contact | None"] = relationship()  # noqa: F821
