"""The outbox worker: claims due texts and emails one at a time, sends each outside any transaction, records
what happened. A worker that dies strands at most the one message it was sending; and because each text's
status callback address names the text, Twilio's news of a text it accepted settles it even so.

On PostgreSQL any number of workers may run: each claims rows with SELECT … FOR UPDATE SKIP LOCKED and
marks them claimed in a short transaction, so no two workers ever hold the same row. SQLite has no row
locks (the clause is left out there): run one worker.
"""

import logging
import time
from datetime import datetime, timedelta

import click
from flask import current_app
from flask.cli import with_appcontext
from sqlalchemy import func, select

from app.extensions import db
from app.messaging.client import OPTED_OUT, SmsError, current_client
from app.messaging.email_outbox import send_one_email
from app.messaging.outbox import retry_delay
from app.models import EmailStatus, OutboundEmail, OutboundSms, SmsStatus
from app.models.time import utcnow

log = logging.getLogger(__name__)
STRANDED_AFTER = timedelta(minutes=10)


# Each outbox: its table, and the statuses of a row waiting and a row taken.
OUTBOXES = {OutboundSms: (SmsStatus.PENDING, SmsStatus.CLAIMED), OutboundEmail: (EmailStatus.PENDING, EmailStatus.CLAIMED)}


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


def _status_callback_url(message_id: int) -> str:
    return current_app.config["SMS_WEBHOOK_BASE_URL"].rstrip("/") + f"/sms/status?message={message_id}"


def send_one(message_id: int) -> None:
    """Send a claimed text and record the outcome: provider id, a retry with backoff, or failure."""
    message = db.session.get(OutboundSms, message_id)
    if message.phone.opted_out_at is not None:
        message.status = SmsStatus.CANCELLED
        db.session.commit()
        return
    to, body = message.phone.number, message.body
    # Nothing is held open while we talk to the provider.
    db.session.commit()
    try:
        sid = current_client().send(to, body, _status_callback_url(message_id))
    except SmsError as error:
        _record_failure(message, error)
    else:
        message.provider_sid = sid
        message.status = SmsStatus.QUEUED
        message.error_code = message.http_status = None
    db.session.commit()


def _record_failure(message: OutboundSms, error: SmsError) -> None:
    message.error_code, message.http_status = error.code, error.http_status
    if error.code == OPTED_OUT:
        message.phone.opted_out_at = message.phone.opted_out_at or utcnow()
    delay = retry_delay(message.attempts) if error.retryable else None
    if delay is not None:
        message.status = SmsStatus.PENDING
        message.next_attempt_at = utcnow() + timedelta(seconds=delay)
        log.warning("Text %s not sent (HTTP %s, code %s): retrying in %ss", message.id, error.http_status, error.code, delay)
    else:
        message.status = SmsStatus.FAILED
        log.error("Text %s failed (HTTP %s, code %s) after %s tries", message.id, error.http_status, error.code, message.attempts)


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
    """One round of the worker: reminders and expiry first (they queue texts), then send what is due."""
    from app.sms import housekeeping  # the conversation area builds on messaging, not the other way round

    housekeeping.run(now or utcnow())
    return send_due(now)


@click.group("sms")
def sms() -> None:
    """Texts (and the emails that wait in the outbox beside them): the outbox worker."""


@click.group("outbox")
def outbox() -> None:
    """The outbox of texts and emails."""


@outbox.command("status")
@with_appcontext
def outbox_status() -> None:
    """How many texts and emails wait, and how many a worker claimed and never settled (to look at by hand)."""
    for name, outbox in (("texts", OutboundSms), ("emails", OutboundEmail)):
        rows = db.session.execute(select(outbox.status, func.count(outbox.id)).group_by(outbox.status)).all()
        click.echo(f"{name}: " + (", ".join(f"{count} {status.value}" for status, count in sorted(rows)) or "none"))
    for name, count in stranded().items():
        if count:
            click.echo(f"{count} {name} claimed more than 10 minutes ago and never settled: see the child's page")


@sms.command("worker")
@click.option("--once", is_flag=True, help="Send what is due now, then stop (for cron and tests).")
@with_appcontext
def worker(once: bool) -> None:
    """Send queued texts and emails, with reminders and conversation expiry, until stopped."""
    interval = current_app.config["SMS_WORKER_INTERVAL"]
    while True:
        try:
            tried = tick()
        except Exception:
            if once:
                raise
            log.exception("The SMS worker's round failed; trying again shortly")
            db.session.rollback()
            tried = 0
        if once:
            click.echo(f"Tried {tried} texts and emails.")
            return
        db.session.remove()
        time.sleep(interval if not tried else 0)
