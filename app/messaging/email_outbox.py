"""Emails that wait in the outbox: queued with their cause, sent by the worker, retried when the server fails."""

import logging
from datetime import timedelta

from app.extensions import db
from app.mail import EmailNotSent, EmailSender
from app.messaging.outbox import retry_delay
from app.models import EmailStatus, OutboundEmail
from app.models.time import utcnow

log = logging.getLogger(__name__)


def enqueue_email(to: str, subject: str, body: str, purpose: str, contact=None) -> OutboundEmail:
    """Queue an email (to a contact on a child's record, when it is one); the caller's commit writes it."""
    message = OutboundEmail(to_address=to, subject=subject, body=body, purpose=purpose, contact=contact)
    db.session.add(message)
    return message


def send_one_email(message_id: int) -> None:
    """Send a claimed email; a failure is tried again later with a doubling wait, up to OUTBOX_MAX_ATTEMPTS tries."""
    message = db.session.get(OutboundEmail, message_id)
    to, subject, body = message.to_address, message.subject, message.body
    db.session.commit()  # nothing is held open while we talk to the mail server
    try:
        EmailSender.from_app().send(to, subject, body)
    except EmailNotSent:
        delay = retry_delay(message.attempts)
        if delay is not None:
            message.status = EmailStatus.PENDING
            message.next_attempt_at = utcnow() + timedelta(seconds=delay)
            log.warning("Email %s not sent: retrying in %ss", message.id, delay)
        else:
            message.status = EmailStatus.FAILED
            log.error("Email %s failed after %s tries", message.id, message.attempts)
    else:
        message.status = EmailStatus.SENT
        message.sent_at = utcnow()
    db.session.commit()
