"""When a child is allocated to an IRO, that IRO hears of it at once.

An open urgent flag goes to them as the urgent-flag alert itself (and an open check-in flag as the check-in alert), because a flag raised before the handover must
not wait for someone to notice it. Besides that, one plain message says a child has been allocated to them, and
whether views are waiting to be read (views no IRO could read yet wait in the managers' queue until then).
Like every alert, the words never name the child: they link to the child's page (see alerts.py)."""

from flask_babel import force_locale
from flask_babel import gettext as _
from sqlalchemy import select

from app.addresses import page_url
from app.extensions import db
from app.models import AlertKind, Child, StaffAlert, StaffMember, Submission, SubmissionState
from app.notifications.alerts import alert, deliver


def _wording(waiting: bool, link: str) -> tuple[str, str]:
    if waiting:
        return _("New views to read"), _(
            "A child with views waiting to be read is now allocated to you on Listen to Me. Sign in to read them: %(link)s",
            link=link,
        )
    return _("A child is now allocated to you"), _(
        "A child is now allocated to you on Listen to Me. Sign in to see their page: %(link)s", link=link
    )


def handed_over(child: Child, iro: StaffMember) -> None:
    """Tell the IRO a child now allocated to them has arrived, in the same transaction as the allocation."""
    if not iro.active:
        return
    submissions = db.session.scalars(select(Submission).where(Submission.child_id == child.id).order_by(Submission.id)).all()
    for flagged in (s for s in submissions if s.urgent_open):
        alert([iro], flagged, AlertKind.URGENT)
    for flagged in (s for s in submissions if s.check_in_open and not s.urgent_open):
        alert([iro], flagged, AlertKind.CHECK_IN)
    waiting = [s for s in submissions if s.state is SubmissionState.SUBMITTED and s.read_at is None]
    with force_locale(iro.language):
        subject, words = _wording(bool(waiting), page_url("staff.child", child_id=child.id))
    channel = deliver(iro, subject, words)
    if not waiting:
        return  # staff_alert records alerts about views; a bare "new child" has none to record it against
    # Each alert about views is recorded, as everywhere. An IRO given the child back after a move away already has
    # a record from the first time (one a person, view and kind), so they are told again but not recorded twice.
    told = set(
        db.session.scalars(
            select(StaffAlert.submission_id).where(
                StaffAlert.staff_id == iro.id,
                StaffAlert.kind == AlertKind.NEW_VIEWS.value,
                StaffAlert.submission_id.in_([s.id for s in waiting]),
            )
        )
    )
    db.session.add_all(
        StaffAlert(staff=iro, submission=s, kind=AlertKind.NEW_VIEWS.value, channel=channel) for s in waiting if s.id not in told
    )
