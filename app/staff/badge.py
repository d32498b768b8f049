"""The count of unread views beside "Caseload" in an IRO's menu, on every page of the workspace."""

from flask_login import current_user
from sqlalchemy import func, select

from app.extensions import db
from app.models import Allocation, Role, Submission, SubmissionState
from app.questionnaires.registry import CONSULTATIONS
from app.staff import bp


def unread_for(iro_id: int) -> int:
    """Views sent and not yet read, for the children allocated to this IRO now (one query); feedback is not views."""
    return db.session.scalar(
        select(func.count(Submission.id))
        .join(Allocation, (Allocation.child_id == Submission.child_id) & Allocation.ends_on.is_(None))
        .where(
            Allocation.iro_id == iro_id,
            Submission.state == SubmissionState.SUBMITTED,
            Submission.read_at.is_(None),
            Submission.review_id.is_not(None),
            Submission.questionnaire.in_(CONSULTATIONS),
        )
    )


@bp.app_context_processor
def _badge() -> dict:
    is_iro = current_user.is_authenticated and current_user.role is Role.IRO
    return {"unread_views": unread_for(current_user.id) if is_iro else 0}
