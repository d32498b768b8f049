"""The outbox: every text we send is first a row here, written in the same transaction as its cause."""

import enum
from datetime import datetime

from sqlalchemy import Enum, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.crypto import EncryptedText
from app.extensions import db
from app.models.time import UTCDateTime, utcnow


class SmsStatus(enum.StrEnum):
    PENDING = "pending"  # waiting for a worker, at or after next_attempt_at
    CLAIMED = "claimed"  # a worker took it; if it never says how it went, it is never sent again
    CANCELLED = "cancelled"  # not sent: the person opted out first
    # Twilio's own statuses, from the API's answer and then the status callbacks.
    ACCEPTED = "accepted"
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    DELIVERED = "delivered"
    UNDELIVERED = "undelivered"
    FAILED = "failed"


# A status callback only ever moves a message forward: a late "sent" never undoes "delivered".
STATUS_RANK = {
    SmsStatus.PENDING: 0,
    SmsStatus.CLAIMED: 1,
    SmsStatus.ACCEPTED: 2,
    SmsStatus.QUEUED: 3,
    SmsStatus.SENDING: 4,
    SmsStatus.SENT: 5,
    SmsStatus.DELIVERED: 6,
    SmsStatus.UNDELIVERED: 6,
    SmsStatus.FAILED: 6,
    SmsStatus.CANCELLED: 6,
}


class OutboundSms(db.Model):
    __tablename__ = "outbound_sms"
    __table_args__ = (Index("ix_outbound_sms_due", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    phone_id: Mapped[int] = mapped_column(ForeignKey("phone_number.id"), index=True)
    # What the text is for (invitation, reply, reminder...), for staff and logs; the body itself is encrypted.
    purpose: Mapped[str] = mapped_column(String(20))
    body: Mapped[str] = mapped_column(EncryptedText)
    status: Mapped[SmsStatus] = mapped_column(
        Enum(SmsStatus, native_enum=False, length=12, values_callable=lambda e: [m.value for m in e]),
        default=SmsStatus.PENDING,
    )
    attempts: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Twilio's Message SID (SM…), set when Twilio accepts the message.
    provider_sid: Mapped[str | None] = mapped_column(String(64), unique=True)
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
