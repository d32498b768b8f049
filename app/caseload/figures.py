"""Each child's caseload figures, kept on the child's own row so that the caseload reads one page of children,
in order, straight from an index, however many children there are (`make bench`: 100,000).

They are worked out again from the child's submissions and reviews whenever a flush changes either, in the
same transaction, so they can never disagree with what they count: init_app registers that with every session."""

from flask import Flask
from sqlalchemy import and_, case, event, func, inspect, select, update
from sqlalchemy.orm import Session

from app.models import Child, Review, Submission, SubmissionState
from app.questionnaires.registry import CONSULTATIONS

URGENT, NEW_VIEWS, OTHERS = 0, 1, 2  # Child.caseload_rank: open urgent flags first, then new views, then the rest
# What the figures are counted from: a change to anything else (an answer saved on a page) leaves them as they are.
COUNTED = {
    Submission: ("child_id", "state", "read_at", "urgent_at", "urgent_handled_at", "check_in_at", "check_in_done_at", "questionnaire"),
    Review: ("child_id", "due_on", "held_on"),
}


def _figures() -> dict:
    """The new value of each figure, from the child's own submissions and reviews."""
    theirs = Submission.child_id == Child.id
    # Views are consultations: feedback is never new views. An urgent flag counts wherever it was raised.
    submitted = and_(theirs, Submission.state == SubmissionState.SUBMITTED, Submission.questionnaire.in_(CONSULTATIONS))

    def count(*where):
        return select(func.count(Submission.id)).where(*where).scalar_subquery()

    unread = count(submitted, Submission.read_at.is_(None))
    urgent = count(theirs, Submission.urgent_at.is_not(None), Submission.urgent_handled_at.is_(None))
    return {
        "unread_views": unread,
        "views_sent": count(submitted),
        "open_urgent_flags": urgent,
        "open_check_ins": count(theirs, Submission.check_in_at.is_not(None), Submission.check_in_done_at.is_(None)),
        "next_due_on": select(func.min(Review.due_on)).where(Review.child_id == Child.id, Review.held_on.is_(None)).scalar_subquery(),
        "caseload_rank": case((urgent > 0, URGENT), (unread > 0, NEW_VIEWS), else_=OTHERS),
    }


def refresh(connection, child_ids=None) -> None:
    """Work out the figures again for these children (every child when None)."""
    statement = update(Child.__table__).values(_figures())
    if child_ids is not None:
        statement = statement.where(Child.__table__.c.id.in_(child_ids))
    connection.execute(statement)


def _counted_change(thing) -> bool:
    attributes = inspect(thing).attrs
    return any(attributes[name].history.has_changes() for name in COUNTED[type(thing)])


def _refresh_after_changes(session, flush_context) -> None:
    added_or_gone = [thing for thing in (*session.new, *session.deleted) if type(thing) in COUNTED]
    changed = [thing for thing in session.dirty if type(thing) in COUNTED and _counted_change(thing)]
    child_ids = {thing.child_id for thing in added_or_gone + changed} - {None}
    if child_ids:
        refresh(session.connection(), sorted(child_ids))


def init_app(app: Flask) -> None:
    """Keep the figures up to date from every flush (once, however many apps are made)."""
    if not event.contains(Session, "after_flush", _refresh_after_changes):
        event.listen(Session, "after_flush", _refresh_after_changes)
