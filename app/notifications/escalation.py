"""Urgent flags nobody acknowledges in time: every manager is told, then the out-of-hours contact.

A flag must be acknowledged ("I have seen this and am acting") within URGENT_ACKNOWLEDGE_WORKING_HOURS of working
time, or `flask notifications escalate` tells every manager, not only the one on duty. Still unacknowledged after
URGENT_OUT_OF_HOURS_AFTER_WORKING_HOURS more, or when the office closes (nobody would see it before morning), the
out-of-hours contact is told; a flag raised out of hours goes to them at once.

Run the command every few minutes. Two runs at once never send anything twice: each step is claimed by an
UPDATE … WHERE … IS NULL that only one run can win, committed with the messages it queues, one flag at a time."""

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import click
from flask import current_app
from sqlalchemy import select, update

from app import audit
from app.audit.actions import Action
from app.extensions import db
from app.models import AlertKind, Submission
from app.models.time import utcnow
from app.notifications import alerts, out_of_hours
from app.notifications.unread import notifications_group
from app.working_hours import working_hours


def start_clock(submission: Submission, now: datetime) -> None:
    """Set the deadlines of a flag raised (or raised again) now; out of hours, tell the out-of-hours contact at once."""
    config = current_app.config
    acknowledge = timedelta(hours=config["URGENT_ACKNOWLEDGE_WORKING_HOURS"])
    further = timedelta(hours=config["URGENT_OUT_OF_HOURS_AFTER_WORKING_HOURS"])
    hours = working_hours()
    submission.urgent_acknowledged_at = submission.urgent_acknowledged_by = None
    submission.urgent_escalated_at = submission.urgent_out_of_hours_at = None
    submission.urgent_acknowledge_by = hours.add(now, acknowledge)
    if hours.is_open(now):
        submission.urgent_out_of_hours_due = min(hours.add(now, acknowledge + further), hours.next_close(now))
    else:
        submission.urgent_out_of_hours_due = now
        out_of_hours.tell(submission, now)


def _waiting(due, done, now: datetime) -> list[int]:
    """Open flags nobody has acknowledged whose step (`due`) has come and not been taken (`done`)."""
    return db.session.scalars(select(Submission.id).where(_unacknowledged(), due <= now, done.is_(None)).order_by(due)).all()


def _unacknowledged():
    return (
        Submission.urgent_at.is_not(None)
        & Submission.urgent_handled_at.is_(None)
        & Submission.urgent_acknowledged_at.is_(None)
    )


def _claim(done, submission_id: int, now: datetime) -> bool:
    """Take this step for this flag; True only for the one run that did, and never once it is acknowledged."""
    result = db.session.execute(
        update(Submission)
        .where(Submission.id == submission_id, _unacknowledged(), done.is_(None))
        .values({done.key: now})
        .execution_options(synchronize_session=False)
    )
    return result.rowcount == 1


@dataclass
class EscalationReport:
    to_managers: list[int] = field(default_factory=list)  # submission ids
    to_out_of_hours: list[int] = field(default_factory=list)
    no_out_of_hours_contact: list[int] = field(default_factory=list)


def escalate(now: datetime) -> EscalationReport:
    """Take every step that is due at `now`, committing one flag at a time."""
    report = EscalationReport()
    for submission_id in _waiting(Submission.urgent_acknowledge_by, Submission.urgent_escalated_at, now):
        if not _claim(Submission.urgent_escalated_at, submission_id, now):
            db.session.rollback()
            continue  # another run took it, or someone acknowledged it a moment ago
        submission = db.session.get(Submission, submission_id)
        managers = alerts.active_managers()
        alerts.alert(managers, submission, AlertKind.ESCALATED, again=True)
        audit.record_unattended(Action.ESCALATED_URGENT, submission, detail=", ".join(m.name for m in managers), at=now)
        db.session.commit()
        report.to_managers.append(submission_id)
    for submission_id in _waiting(Submission.urgent_out_of_hours_due, Submission.urgent_out_of_hours_at, now):
        if not _claim(Submission.urgent_out_of_hours_at, submission_id, now):
            db.session.rollback()
            continue
        if not out_of_hours.tell(db.session.get(Submission, submission_id), now):
            db.session.rollback()  # left for the next run, once there is a way to reach them
            report.no_out_of_hours_contact.append(submission_id)
            continue
        db.session.commit()
        report.to_out_of_hours.append(submission_id)
    return report


@notifications_group.command("escalate")
@click.option("--now", type=click.DateTime(formats=["%Y-%m-%dT%H:%M"]), default=None, help="Run as if at this local time.")
def escalate_command(now) -> None:
    """Tell every manager of urgent flags nobody acknowledged in time, then the out-of-hours contact. Run it every
    few minutes; safe to run twice, and from two places at once."""
    zone = ZoneInfo(current_app.config["BABEL_DEFAULT_TIMEZONE"])
    report = escalate(now.replace(tzinfo=zone).astimezone(UTC) if now else utcnow())
    click.echo(f"Urgent flags escalated to every manager: {len(report.to_managers)}")
    click.echo(f"Urgent flags sent to the out-of-hours contact: {len(report.to_out_of_hours)}")
    if report.no_out_of_hours_contact:
        click.echo(
            f"Not sent, no way to reach the out-of-hours contact (set OUT_OF_HOURS_EMAIL or OUT_OF_HOURS_PHONE): "
            f"{len(report.no_out_of_hours_contact)}",
            err=True,
        )
