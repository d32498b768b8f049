"""`flask notifications unread`: views still unread 2 working days after they arrived are flagged to the IRO and
the duty manager (docs/domain.md, Routing), one message each listing how many, and each submission once."""

from collections import defaultdict
from datetime import UTC, date, datetime, time

import click
from flask.cli import AppGroup
from flask_babel import force_locale, ngettext
from flask_babel import gettext as _
from sqlalchemy import ColumnElement, and_, select
from sqlalchemy.exc import IntegrityError

from app.addresses import page_url
from app.extensions import db
from app.models import AlertKind, StaffAlert, Submission, SubmissionState
from app.notifications.alerts import allocated_iro, deliver, duty_managers
from app.questionnaires.registry import CONSULTATIONS
from app.reviews.timescales import add_working_days

READ_WITHIN_WORKING_DAYS = 2


def arrived_before(today: date) -> datetime:
    """Views that arrived before this moment have waited more than 2 working days by the end of today."""
    return datetime.combine(add_working_days(today, -READ_WITHIN_WORKING_DAYS), time.min, tzinfo=UTC)


def waiting_too_long(today: date) -> ColumnElement[bool]:
    """Views sent, still unread, and arrived more than 2 working days ago (feedback is not waiting to be read)."""
    return and_(
        Submission.state == SubmissionState.SUBMITTED,
        Submission.questionnaire.in_(CONSULTATIONS),
        Submission.read_at.is_(None),
        Submission.submitted_at < arrived_before(today),
    )


def flag_unread(today: date) -> dict[str, int]:
    """Alert each person about the late views they have not been told of yet; returns how many, by email address."""
    late = db.session.scalars(select(Submission).where(waiting_too_long(today))).all()
    told = set(
        db.session.execute(
            select(StaffAlert.staff_id, StaffAlert.submission_id).where(
                StaffAlert.kind == AlertKind.UNREAD.value, StaffAlert.submission_id.in_([s.id for s in late])
            )
        ).all()
    )
    managers = duty_managers()
    due = defaultdict(list)
    for submission in late:
        iro = allocated_iro(submission)
        for member in dict.fromkeys(([iro] if iro and submission.review else []) + managers):
            if member.active and (member.id, submission.id) not in told:
                due[member].append(submission)
    for member, submissions in due.items():
        with force_locale(member.language):
            words = ngettext(
                "%(num)s set of views on Listen to Me has waited more than 2 working days to be read. Sign in: %(link)s",
                "%(num)s sets of views on Listen to Me have waited more than 2 working days to be read. Sign in: %(link)s",
                len(submissions),
                link=page_url("staff.caseload", show="late"),
            )
            subject = _("Views waiting more than 2 working days")
        channel = deliver(member, subject, words)
        db.session.add_all(
            StaffAlert(staff=member, submission=s, kind=AlertKind.UNREAD.value, channel=channel) for s in submissions
        )
    db.session.commit()
    return {member.email: len(submissions) for member, submissions in due.items()}


notifications_group = AppGroup("notifications", help="Alerts to staff.")


@notifications_group.command("unread")
@click.option("--today", type=click.DateTime(formats=["%Y-%m-%d"]), default=None, help="Run as if on this date.")
def unread_command(today) -> None:
    """Flag views unread for more than 2 working days to their IRO and the duty manager. Safe to run twice."""
    try:
        told = flag_unread(today.date() if today else date.today())
    except IntegrityError:
        db.session.rollback()
        raise click.ClickException("Another run is flagging the same views; nothing was sent by this one.")
    click.echo(f"Staff told: {len(told)}; views flagged: {sum(told.values())}")
