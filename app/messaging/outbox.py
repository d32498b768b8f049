"""Putting a text in the outbox. The caller's commit writes it with whatever caused it."""

from flask import current_app

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


def retry_delay(attempts: int) -> float | None:
    """Seconds to wait before trying a text or email again after `attempts` failed tries, doubling each time;
    None once OUTBOX_MAX_ATTEMPTS tries have been made."""
    config = current_app.config
    if attempts >= config["OUTBOX_MAX_ATTEMPTS"]:
        return None
    return config["OUTBOX_RETRY_SECONDS"] * 2 ** (attempts - 1)
