"""The outbox worker: claims due texts and emails one at a time, sends each outside any transaction, records
what happened. A worker that dies strands at most the one message it was sending; and because each text's
status callback address names the text, the provider's news of a text it accepted settles it even so.

On PostgreSQL any number of workers may run: each claims rows with SELECT … FOR UPDATE SKIP LOCKED and
marks them claimed in a short transaction, so no two workers ever hold the same row. SQLite has no row
locks (the clause is left out there): run one worker.
"""

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from flask import Flask, current_app
from sqlalchemy import func, select

from app.extensions import db
from app.messaging.email_outbox import send_one_email
from app.messaging.outbox import retry_delay
from app.messaging.providers import current_client
from app.messaging.providers.base import SmsError
from app.models import EmailStatus, ErrorKind, MessageStatus, OutboundEmail, OutboundSms
from app.models.time import utcnow

log = logging.getLogger(__name__)
STRANDED_AFTER = timedelta(minutes=10)


# Each outbox: its table, and the statuses of a row waiting and a row taken.
OUTBOXES = {
    OutboundSms: (MessageStatus.PENDING, MessageStatus.CLAIMED),
    OutboundEmail: (EmailStatus.PENDING, EmailStatus.CLAIMED),
}


def register_job(app: Flask, job: Callable[[datetime], None]) -> None:
    """Run `job(now)` at the start of each round of this app's worker, before sending (a job may queue messages)."""
    app.extensions.setdefault("outbox_jobs", []).append(job)


def claim(limit: int, now: datetime, outbox=OutboundSms) -> list[int]:
    """Take up to `limit` due texts (or emails) for this worker, committed as claimed before any is sent."""
    pending, claimed = OUTBOXES[outbox]
    rows = db.session.scalars(
        select(outbox)
        .where(outbox.status == pending, outbox.next_attempt_at <= now)
        .order_by(outbox.next_attempt_at, outbox.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    ).all()
    for row in rows:
        row.status = claimed
        row.claimed_at = now
        row.attempts += 1
    ids = [row.id for row in rows]
    db.session.commit()
    return ids


def status_callback_url(message_id: int) -> str:
    """Where the provider sends its news of this text: the address names the text (app/sms/webhooks.py)."""
    return current_app.config["SMS_WEBHOOK_BASE_URL"].rstrip("/") + f"/sms/status?message={message_id}"


def send_one(message_id: int) -> None:
    """Send a claimed text and record the outcome: provider id, a retry with backoff, or failure."""
    message = db.session.get(OutboundSms, message_id)
    if message.phone.opted_out_at is not None:
        message.status = MessageStatus.CANCELLED
        db.session.commit()
        return
    to, body = message.phone.number, message.body
    # Nothing is held open while we talk to the provider.
    db.session.commit()
    try:
        sid = current_client().send(to, body, status_callback_url(message_id))
    except SmsError as error:
        _record_failure(message, error)
    else:
        message.provider_sid = sid
        message.status = MessageStatus.SENDING
        message.error_kind = message.error_code = message.http_status = None
    db.session.commit()


def _record_failure(message: OutboundSms, error: SmsError) -> None:
    message.error_kind, message.error_code, message.http_status = error.kind, error.code, error.http_status
    if error.kind is ErrorKind.OPTED_OUT:
        message.phone.opted_out_at = message.phone.opted_out_at or utcnow()
    delay = retry_delay(message.attempts) if error.retryable else None
    if delay is not None:
        message.status = MessageStatus.PENDING
        message.next_attempt_at = utcnow() + timedelta(seconds=delay)
        log.warning("Text %s not sent (%s, HTTP %s, code %s): retrying in %ss",
                    message.id, error.kind, error.http_status, error.code, delay)
    else:
        message.status = MessageStatus.FAILED
        log.error("Text %s failed (%s, HTTP %s, code %s) after %s tries",
                  message.id, error.kind, error.http_status, error.code, message.attempts)


def send_due(now: datetime | None = None) -> int:
    """Send every text and email that is due, claiming one at a time; returns how many were tried."""
    tried = 0
    for outbox, send in ((OutboundSms, send_one), (OutboundEmail, send_one_email)):
        while ids := claim(1, now or utcnow(), outbox):
            send(ids[0])
            tried += 1
    return tried


def stranded(now: datetime | None = None) -> dict[str, int]:
    """Texts and emails a worker claimed more than 10 minutes ago and never settled: a person must look."""
    since = (now or utcnow()) - STRANDED_AFTER
    counts = {}
    for name, outbox in (("texts", OutboundSms), ("emails", OutboundEmail)):
        _, claimed = OUTBOXES[outbox]
        counts[name] = db.session.scalar(
            select(func.count(outbox.id)).where(outbox.status == claimed, outbox.claimed_at < since)
        )
    return counts


def tick(now: datetime | None = None) -> int:
    """One round of the worker: the registered jobs first (reminders and expiry queue texts), then send what is due."""
    for job in current_app.extensions.get("outbox_jobs", ()):
        job(now or utcnow())
    return send_due(now)
