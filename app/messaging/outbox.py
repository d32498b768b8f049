"""Putting a text in the outbox. The caller's commit writes it with whatever caused it."""

from app.extensions import db
from app.models import OutboundSms, PhoneNumber
from app.messaging.segments import plain


def enqueue(phone: PhoneNumber, body: str, purpose: str) -> OutboundSms | None:
    """Queue a text to this number, unless the person has opted out; nothing is sent until the worker runs."""
    if phone.opted_out_at is not None:
        return None
    message = OutboundSms(phone=phone, body=plain(body), purpose=purpose)
    db.session.add(message)
    return message
