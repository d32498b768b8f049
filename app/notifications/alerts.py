"""Who is told what, and how: each alert by the person's chosen channel, once, and never naming the child.

An email or text to staff may be read over a shoulder or on a lock screen, so it says only that there is
something to read and links to the child's page, where signing in and the access rules decide who sees it."""

from flask_babel import force_locale
from flask_babel import gettext as _
from sqlalchemy import select

from app.addresses import page_url
from app.extensions import db
from app.messaging.email_outbox import enqueue_email
from app.messaging.outbox import enqueue
from app.models import AlertKind, NotifyBy, Role, StaffAlert, StaffMember, Submission


def _wording(kind: AlertKind, link: str) -> tuple[str, str]:
    """The subject and the words of an alert about one submission (a text has just the words)."""
    if kind is AlertKind.URGENT:
        return _("Urgent: a child may need help"), _(
            "Urgent: a child on Listen to Me may not be safe. Sign in now and record what was done: %(link)s", link=link
        )
    if kind is AlertKind.ESCALATED:
        return _("Urgent flag not yet acknowledged"), _(
            "Urgent: a child on Listen to Me may not be safe, and nobody has said they are acting on it yet. "
            "Sign in now and acknowledge it: %(link)s",
            link=link,
        )
    if kind is AlertKind.CHECK_IN:
        return _("Check in with a child"), _(
            "A child on Listen to Me may want you to check in with them. Sign in to see why: %(link)s", link=link
        )
    return _("New views to read"), _("New views have arrived on Listen to Me. Sign in to read them: %(link)s", link=link)


def active_managers() -> list[StaffMember]:
    return db.session.scalars(
        select(StaffMember).where(StaffMember.role == Role.MANAGER, StaffMember.active).order_by(StaffMember.name)
    ).all()


def duty_managers() -> list[StaffMember]:
    """The manager on duty; when no one is marked on duty, every active manager, so an alert is never lost."""
    managers = active_managers()
    return [m for m in managers if m.on_duty] or list(managers)


def _already_alerted(member: StaffMember, submission: Submission, kind: AlertKind) -> bool:
    if submission.id is None:
        return False
    return db.session.scalar(
        select(StaffAlert.id).where(
            StaffAlert.staff_id == member.id, StaffAlert.submission_id == submission.id, StaffAlert.kind == kind.value
        )
    ) is not None


def deliver(member: StaffMember, subject: str, words: str) -> str:
    """Queue one alert by text if the person chose text and has a mobile that has not opted out, else by email;
    returns the channel used."""
    if member.notify_by is NotifyBy.SMS and member.mobile is not None and enqueue(member.mobile, words, "staff_alert"):
        return "sms"
    enqueue_email(member.email, subject, words + "\n", "staff_alert")
    return "email"


def alert(members: list[StaffMember], submission: Submission, kind: AlertKind, again: bool = False) -> None:
    """Tell each person once about this submission; the same person twice (an IRO on duty) is told once.
    `again` tells people already told once more (an urgent flag raised again after it was closed): their one
    record of that kind stays as it is, and the flag reopening once is what makes this happen once."""
    link = page_url("staff.child", child_id=submission.child_id or submission.child.id)
    for member in dict.fromkeys(members):
        if not member.active:
            continue
        with force_locale(member.language):  # each in their own language, whoever caused it
            subject, words = _wording(kind, link)
        if _already_alerted(member, submission, kind):
            if again:
                deliver(member, subject, words)
            continue
        channel = deliver(member, subject, words)
        db.session.add(StaffAlert(staff=member, submission=submission, kind=kind.value, channel=channel))


def allocated_iro(submission: Submission) -> StaffMember | None:
    allocation = submission.child.current_allocation
    return allocation.iro if allocation is not None else None


def views_arrived(submission: Submission) -> None:
    """New views go to the child's IRO; with no IRO or no review to go to, to the duty manager (the queue)."""
    iro = allocated_iro(submission)
    if iro is not None and submission.review is not None:
        alert([iro], submission, AlertKind.NEW_VIEWS)
    else:
        alert(duty_managers(), submission, AlertKind.NEW_VIEWS)


def urgent_raised(submission: Submission, again: bool = False) -> None:
    """An urgent flag goes at once to the child's IRO and to the duty manager."""
    iro = allocated_iro(submission)
    alert(([iro] if iro else []) + duty_managers(), submission, AlertKind.URGENT, again=again)


def check_in_raised(submission: Submission) -> None:
    """The lower flag goes to the child's IRO alone; a child with no IRO waits in the managers' queue, so then to the
    duty manager. A flag opened again tells them again."""
    iro = allocated_iro(submission)
    alert([iro] if iro else duty_managers(), submission, AlertKind.CHECK_IN, again=True)
