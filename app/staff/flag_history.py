"""Everything that happened to a submission's flags, in order, from the audit trail and the alerts sent: raised,
who was told and how, acknowledged, escalated, the out-of-hours contact told, what was done."""

from dataclasses import dataclass
from datetime import datetime

from flask_babel import gettext as _
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from app.extensions import db
from app.models import AlertKind, AuditEvent, StaffAlert, Submission

STEPS = ("raised_urgent", "acknowledged_urgent", "escalated_urgent", "told_out_of_hours", "handled_urgent", "raised_check_in", "checked_in")
# Alerts sent when a flag is raised; those sent on escalation are one audit event, naming every manager.
RAISED_ALERTS = (AlertKind.URGENT.value, AlertKind.CHECK_IN.value)


@dataclass
class Step:
    at: datetime
    what: str
    first: bool = False  # a flag raised comes before the alerts it sent in the same moment


def _event_words(event: AuditEvent) -> str:
    who = event.staff.name if event.staff else ""
    return {
        "raised_urgent": lambda: _("Urgent flag raised"),
        "acknowledged_urgent": lambda: _("Acknowledged by %(name)s", name=who),
        "escalated_urgent": lambda: _("Not acknowledged in time: every manager told (%(names)s)", names=event.detail or ""),
        "told_out_of_hours": lambda: _("Out-of-hours contact told (%(how)s)", how=event.detail or ""),
        "handled_urgent": lambda: _("%(name)s recorded what was done", name=who),
        "raised_check_in": lambda: _("Check-in flag raised"),
        "checked_in": lambda: _("%(name)s checked in with the child", name=who),
    }[event.action]()


def _alert_words(sent: StaffAlert) -> str:
    how = _("by text") if sent.channel == "sms" else _("by email")
    if sent.kind == AlertKind.CHECK_IN.value:
        return _("%(name)s asked to check in, %(how)s", name=sent.staff.name, how=how)
    return _("%(name)s told, %(how)s", name=sent.staff.name, how=how)


def history(submission: Submission) -> list[Step]:
    events = db.session.scalars(
        select(AuditEvent)
        .where(AuditEvent.submission_id == submission.id, AuditEvent.action.in_(STEPS))
        .options(joinedload(AuditEvent.staff))
    ).all()
    alerts = db.session.scalars(
        select(StaffAlert)
        .where(StaffAlert.submission_id == submission.id, StaffAlert.kind.in_(RAISED_ALERTS))
        .options(joinedload(StaffAlert.staff))
    ).all()
    steps = [Step(e.at, _event_words(e), e.action.startswith("raised")) for e in events]
    steps += [Step(a.created_at, _alert_words(a)) for a in alerts]
    return sorted(steps, key=lambda step: (step.at, not step.first))
