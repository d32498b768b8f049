"""Who may open a child's record in the workspace."""

from flask import abort
from flask_login import current_user

from app import audit
from app.audit.actions import Action
from app.extensions import db
from app.models import Child, Review, Role
from app.routing import may_see_child

CASEWORK = (Role.IRO, Role.MANAGER)


def child_or_403(child: Child) -> Child:
    """The child, if this person may see them; otherwise the refusal is audited and a 403 shown."""
    if not may_see_child(current_user, child):
        audit.record(Action.ACCESS_REFUSED, child=child)
        db.session.commit()
        abort(403)
    return child


def child_and_open_review(child_id: int, review_id: int) -> tuple[Child, Review | None]:
    """The child (if this person may see them) and their review, unless it is not theirs or is already held."""
    child = child_or_403(db.get_or_404(Child, child_id))
    review = db.get_or_404(Review, review_id)
    return child, review if review.child_id == child.id and review.held_on is None else None
