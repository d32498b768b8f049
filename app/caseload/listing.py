"""The caseload: open urgent flags first, then children with new views, then by when their next review is due."""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import joinedload

from app.extensions import db
from app.invitations.people import language_of
from app.models import (
    Allocation,
    Child,
    Invitation,
    InvitationStatus,
    Role,
    StaffMember,
    Submission,
    SubmissionState,
)
from app.notifications.unread import waiting_too_long
from app.questionnaires.registry import CONSULTATIONS
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
    urgent: int  # urgent flags no one has recorded what was done about
    check_in: int  # lower flags open: the IRO should check in with the child
    received: list[str] = field(default_factory=list)  # respondents whose views have come in
    outstanding: list[str] = field(default_factory=list)  # respondents invited who have not sent theirs
    languages: list[str] = field(default_factory=list)  # the languages the views that came in were given in


@dataclass
class Caseload:
    rows: list[CaseloadRow]
    total: int
    page: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // PAGE_SIZE))


def caseload(staff: StaffMember, today: date, search: str = "", show: str = "", page: int = 1) -> Caseload:
    """The children this person may see, filtered and one page at a time, in four queries whatever its size.

    Each child's figures are on its own row (app/caseload/figures.py), so a page is read in caseload
    order from the index ix_child_caseload instead of sorting every child: at 100,000 children a manager's
    page no longer depends on how many there are (`make bench`)."""
    conditions = []
    if search:
        # autoescape: a % or _ typed in the search is a character to find, not a wildcard.
        full_name = func.lower(Child.first_name + " " + Child.last_name)
        typed = search.lower()
        conditions.append(or_(full_name.contains(typed, autoescape=True), func.lower(Child.reference).contains(typed, autoescape=True)))
    filters = {
        "due_soon": lambda: Child.next_due_on.between(today, today + timedelta(days=14)),
        "overdue": lambda: Child.next_due_on < today,
        "unread": lambda: Child.unread_views > 0,
        "late": lambda: Child.id.in_(_waiting(today)),
        "no_views": lambda: Child.views_sent == 0,
    }
    if show in filters:
        conditions.append(filters[show]())
    if staff.role is not Role.MANAGER:
        theirs = select(Allocation.child_id).where(Allocation.iro_id == staff.id, Allocation.ends_on.is_(None))
        conditions.append(Child.id.in_(theirs))

    total = db.session.scalar(select(func.count(Child.id)).where(*conditions))
    page = min(max(page, 1), max(1, -(-total // PAGE_SIZE)))
    query = (
        current_allocation_join(select(Child, StaffMember.name))
        .outerjoin(StaffMember, StaffMember.id == Allocation.iro_id)
        .where(*conditions)
        .order_by(Child.caseload_rank, Child.next_due_on.asc().nulls_last(), Child.last_name, Child.first_name, Child.id)
        .limit(PAGE_SIZE)
        .offset((page - 1) * PAGE_SIZE)
    )
    rows = [
        CaseloadRow(child, iro_name, child.next_due_on, child.unread_views, 0, child.open_urgent_flags, child.open_check_ins)
        for child, iro_name in db.session.execute(query)
    ]
    _add_waiting(rows, today)
    _add_who_has_answered(rows)
    return Caseload(rows=rows, total=total, page=page)


def _waiting(today: date):
    """The children with views sent more than 2 working days ago and still unread."""
    return select(Submission.child_id).where(waiting_too_long(today))


def _add_waiting(rows: list[CaseloadRow], today: date) -> None:
    """How many of each child's unread views have waited more than 2 working days (it changes by the day)."""
    by_child = {row.child.id: row for row in rows if row.unread}
    if not by_child:
        return
    counts = db.session.execute(
        _waiting(today).add_columns(func.count()).where(Submission.child_id.in_(by_child)).group_by(Submission.child_id)
    )
    for child_id, waiting in counts:
        by_child[child_id].late = waiting


def _add_who_has_answered(rows: list[CaseloadRow]) -> None:
    """For each child on the page: whose views have come in and in which languages, and who was asked and has not
    answered yet (feedback after a review is not views)."""
    by_child = {row.child.id: row for row in rows}
    if not by_child:
        return
    invitations = db.session.execute(
        select(Invitation, Submission.state)
        .outerjoin(Submission, Submission.invitation_id == Invitation.id)
        .where(
            Invitation.child_id.in_(by_child),
            Invitation.status == InvitationStatus.ACTIVE,
            Invitation.questionnaire.in_(CONSULTATIONS),
        )
        .options(joinedload(Invitation.contact))
    )
    seen: dict[int, dict[str, set]] = defaultdict(lambda: {"in": set(), "out": set(), "languages": set()})
    for invitation, state in invitations:
        who = seen[invitation.child_id]
        if state is SubmissionState.SUBMITTED:
            who["in"].add(invitation.respondent.value)
            who["languages"].add(language_of(invitation))
        else:
            who["out"].add(invitation.respondent.value)
    for child_id, who in seen.items():
        by_child[child_id].received = sorted(who["in"])
        by_child[child_id].outstanding = sorted(who["out"] - who["in"])
        by_child[child_id].languages = sorted(who["languages"])
