"""Where a person's answers go, and who may read them (docs/domain.md, Routing)."""

from sqlalchemy import Select, and_, exists, or_, select

from app.definitions.questionnaire import Purpose
from app.models import Allocation, Child, Role, StaffMember, Submission, SubmissionState
from app.questionnaires import registry
from app.questionnaires.registry import CONSULTATIONS


def route(submission: Submission) -> None:
    """Send feedback to the review it is about, and a consultation to the child's next review not yet held.

    With no review to go to, it waits in the managers' queue."""
    if registry.get(submission.questionnaire).purpose is Purpose.FEEDBACK:
        submission.review = submission.invitation.review
    else:
        submission.review = submission.child.next_review


def may_see_child(staff: StaffMember, child: Child) -> bool:
    """Managers see every child; an IRO only the children allocated to them now."""
    if staff.role is Role.MANAGER:
        return True
    allocation = child.current_allocation
    return staff.role is Role.IRO and allocation is not None and allocation.iro_id == staff.id


def current_allocation_join(query: Select) -> Select:
    return query.outerjoin(Allocation, and_(Allocation.child_id == Child.id, Allocation.ends_on.is_(None)))


def managers_queue() -> Select:
    """Submitted views with no review to go to, or whose child has no IRO now (feedback is in the feedback list)."""
    has_iro = exists().where(Allocation.child_id == Submission.child_id, Allocation.ends_on.is_(None))
    return (
        select(Submission)
        .where(Submission.state == SubmissionState.SUBMITTED, Submission.questionnaire.in_(CONSULTATIONS))
        .where(or_(Submission.review_id.is_(None), ~has_iro))
        .order_by(Submission.submitted_at)
    )
