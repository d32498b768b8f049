"""The caseload: urgent flags first, then children with new views, then by when their next review is due."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, select

from app.extensions import db
from app.models import Allocation, Child, Review, Role, StaffMember, Submission, SubmissionState
from app.routing import current_allocation_join


@dataclass(frozen=True)
class CaseloadRow:
    child: Child
    iro_name: str | None
    next_review_due: date | None
    unread: int
    urgent: int


def caseload(staff: StaffMember) -> list[CaseloadRow]:
    """Every child this person may see, in one query."""
    unread = (
        select(func.count(Submission.id))
        .where(
            Submission.child_id == Child.id,
            Submission.state == SubmissionState.SUBMITTED,
            Submission.read_at.is_(None),
        )
        .correlate(Child)
        .scalar_subquery()
    )
    urgent = (
        select(func.count(Submission.id))
        .where(Submission.child_id == Child.id, Submission.urgent_at.is_not(None))
        .correlate(Child)
        .scalar_subquery()
    )
    next_due = (
        select(func.min(Review.due_on))
        .where(Review.child_id == Child.id, Review.held_on.is_(None))
        .correlate(Child)
        .scalar_subquery()
    )
    query = current_allocation_join(
        select(Child, StaffMember.name, next_due.label("next_due"), unread.label("unread"), urgent.label("urgent"))
    ).outerjoin(StaffMember, StaffMember.id == Allocation.iro_id)
    if staff.role is not Role.MANAGER:
        query = query.where(Allocation.iro_id == staff.id)
    query = query.order_by(
        case((urgent > 0, 0), else_=1),
        case((unread > 0, 0), else_=1),
        case((next_due.is_(None), 1), else_=0),
        next_due,
        Child.last_name,
        Child.first_name,
    )
    return [CaseloadRow(*row) for row in db.session.execute(query)]
