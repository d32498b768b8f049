"""A mobile number we may text: encrypted at rest, found again by a keyed hash."""

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from app.crypto import EncryptedText
from app.extensions import db
from app.models.time import UTCDateTime, utcnow


class PhoneNumber(db.Model):
    __tablename__ = "phone_number"

    id: Mapped[int] = mapped_column(primary_key=True)
    # E.164, e.g. +447700900123; encrypted, so the hash below is how an inbound text finds it.
    number: Mapped[str] = mapped_column(EncryptedText)
    # HMAC-SHA256 of the E.164 number under the newest PHONE_LOOKUP_KEY (app/messaging/phones.py); after a change of
    # key, under an older one until `flask keys rotate-lookup` re-indexes it.
    number_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Set by STOP (or the provider's word that they opted out); nothing is sent while it is set. START clears it.
    opted_out_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
