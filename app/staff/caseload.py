"""The caseload: urgent flags first, then children with new views, then by when their next review is due."""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import case, func, or_, select

from app.extensions import db
from app.models import (
    Allocation,
    Child,
    Invitation,
    InvitationStatus,
    Review,
    Role,
    StaffMember,
    Submission,
    SubmissionState,
)
from app.notifications.unread import arrived_before
from app.routing import current_allocation_join

PAGE_SIZE = 50
FILTERS = ("due_soon", "overdue", "unread", "late", "no_views")


@dataclass
class CaseloadRow:
    child: Child
    iro_name: str | None
    next_review_due: date | None
    unread: int
    late: int  # of the unread, those that arrived more than 2 working days ago
    urgent: int
    received: list[str] = field(default_factory=list)  # respondents whose views have come in
    outstanding: list[str] = field(default_factory=list)  # respondents invited who have not sent theirs


@dataclass
class Caseload:
    rows: list[CaseloadRow]
    total: int
    page: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // PAGE_SIZE))


def _per_child(staff: StaffMember, today: date) -> tuple:
    """Each child's next review due and counts of views, worked out once per child in two grouped subqueries.

    Correlated subqueries in the select list and again in ORDER BY were run several times for every child:
    seconds for a manager at 100,000 children (`make bench`). An IRO's figures cover only their children."""
    submitted = Submission.state == SubmissionState.SUBMITTED
    views = select(
        Submission.child_id,
        func.count().filter(submitted & Submission.read_at.is_(None)).label("unread"),
        func.count().filter(submitted & Submission.read_at.is_(None) & (Submission.submitted_at < arrived_before(today))).label("late"),
        func.count().filter(Submission.urgent_at.is_not(None)).label("urgent"),
        func.count().filter(submitted).label("sent"),
    ).group_by(Submission.child_id)
    reviews = (
        select(Review.child_id, func.min(Review.due_on).label("next_due"))
        .where(Review.held_on.is_(None))
        .group_by(Review.child_id)
    )
    if staff.role is not Role.MANAGER:
        theirs = select(Allocation.child_id).where(Allocation.iro_id == staff.id, Allocation.ends_on.is_(None))
        views = views.where(Submission.child_id.in_(theirs))
        reviews = reviews.where(Review.child_id.in_(theirs))
    return views.subquery("views"), reviews.subquery("next_reviews")


def caseload(staff: StaffMember, today: date, search: str = "", show: str = "", page: int = 1) -> Caseload:
    """The children this person may see, filtered and one page at a time, in three queries whatever its size."""
    views, reviews = _per_child(staff, today)
    unread = func.coalesce(views.c.unread, 0)
    late = func.coalesce(views.c.late, 0)
    urgent = func.coalesce(views.c.urgent, 0)
    sent = func.coalesce(views.c.sent, 0)
    next_due = reviews.c.next_due
    query = (
        current_allocation_join(
            select(
                Child, StaffMember.name, next_due.label("next_due"), unread.label("unread"), late.label("late"), urgent.label("urgent")
            )
        )
        .outerjoin(StaffMember, StaffMember.id == Allocation.iro_id)
        .outerjoin(views, views.c.child_id == Child.id)
        .outerjoin(reviews, reviews.c.child_id == Child.id)
    )
    if staff.role is not Role.MANAGER:
        query = query.where(Allocation.iro_id == staff.id)
    if search:
        pattern = f"%{search.lower()}%"
        full_name = func.lower(Child.first_name + " " + Child.last_name)
        query = query.where(or_(full_name.like(pattern), func.lower(Child.reference).like(pattern)))
    conditions = {
        "due_soon": next_due.between(today, today + timedelta(days=14)),
        "overdue": next_due < today,
        "unread": unread > 0,
        "late": late > 0,
        "no_views": sent == 0,
    }
    if show in conditions:
        query = query.where(conditions[show])

    total = db.session.scalar(select(func.count()).select_from(query.order_by(None).subquery()))
    query = query.order_by(
        case((urgent > 0, 0), else_=1),
        case((unread > 0, 0), else_=1),
        case((next_due.is_(None), 1), else_=0),
        next_due,
        Child.last_name,
        Child.first_name,
    )
    page = min(max(page, 1), max(1, -(-total // PAGE_SIZE)))
    rows = [CaseloadRow(*row) for row in db.session.execute(query.limit(PAGE_SIZE).offset((page - 1) * PAGE_SIZE))]
    _add_who_has_answered(rows)
    return Caseload(rows=rows, total=total, page=page)


def _add_who_has_answered(rows: list[CaseloadRow]) -> None:
    """For each child on the page: whose views have come in, and who was asked and has not answered yet."""
    by_child = {row.child.id: row for row in rows}
    if not by_child:
        return
    invitations = db.session.execute(
        select(Invitation.child_id, Invitation.respondent, Submission.state)
        .outerjoin(Submission, Submission.invitation_id == Invitation.id)
        .where(Invitation.child_id.in_(by_child), Invitation.status == InvitationStatus.ACTIVE)
    )
    seen: dict[int, dict[str, set]] = defaultdict(lambda: {"in": set(), "out": set()})
    for child_id, respondent, state in invitations:
        seen[child_id]["in" if state is SubmissionState.SUBMITTED else "out"].add(respondent.value)
    for child_id, who in seen.items():
        by_child[child_id].received = sorted(who["in"])
        by_child[child_id].outstanding = sorted(who["out"] - who["in"])
