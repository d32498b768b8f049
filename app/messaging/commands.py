"""The outbox's commands: `flask outbox worker` sends what waits, `flask outbox status` counts it."""

import logging
import time

import click
from flask import current_app
from flask.cli import with_appcontext
from sqlalchemy import func, select

from app.extensions import db
from app.messaging import worker as rounds
from app.models import OutboundEmail, OutboundSms

log = logging.getLogger(__name__)


@click.group("outbox")
def outbox() -> None:
    """The outbox of texts and emails."""


@outbox.command("status")
@with_appcontext
def outbox_status() -> None:
    """How many texts and emails wait, and how many a worker claimed and never settled (to look at by hand)."""
    for name, table in (("texts", OutboundSms), ("emails", OutboundEmail)):
        rows = db.session.execute(select(table.status, func.count(table.id)).group_by(table.status)).all()
        click.echo(f"{name}: " + (", ".join(f"{count} {status.value}" for status, count in sorted(rows)) or "none"))
    for name, count in rounds.stranded().items():
        if count:
            click.echo(f"{count} {name} claimed more than 10 minutes ago and never settled: see the child's page")


def _run(once: bool) -> None:
    interval = current_app.config["OUTBOX_POLL_SECONDS"]
    while True:
        try:
            tried = rounds.tick()
        except Exception:
            if once:
                raise
            log.exception("The outbox worker's round failed; trying again shortly")
            db.session.rollback()
            tried = 0
        if once:
            click.echo(f"Tried {tried} texts and emails.")
            return
        db.session.remove()
        time.sleep(interval if not tried else 0)


ONCE = click.option("--once", is_flag=True, help="Send what is due now, then stop (for cron and tests).")


@outbox.command("worker")
@ONCE
@with_appcontext
def worker(once: bool) -> None:
    """Send queued texts and emails, running the registered jobs (reminders, conversation expiry) each round, until stopped."""
    _run(once)


@click.group("sms")
def sms() -> None:
    """Deprecated: use `flask outbox`."""


@sms.command("worker")
@ONCE
@with_appcontext
def sms_worker(once: bool) -> None:
    """Deprecated name of `flask outbox worker`, kept for one release."""
    click.echo("`flask sms worker` is deprecated and will be removed: run `flask outbox worker` instead.", err=True)
    _run(once)
