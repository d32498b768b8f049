"""The invitation this browser opened, read once a request together with what its page needs."""

from flask import g, request, session
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from app.extensions import db
from app.models import Allocation, Child, Invitation, StaffMember, Submission

# A page shows the child's name, their IRO's name and photo, the review and the answers so far: four queries
# at most (the invitation with its child, review and submission; the answers; the IRO; the reviews).
_FOR_SHOWING = (
    joinedload(Invitation.child).selectinload(Child.allocations).joinedload(Allocation.iro).undefer(StaffMember.photo),
    joinedload(Invitation.child).selectinload(Child.reviews),
    joinedload(Invitation.review),
    joinedload(Invitation.submission).selectinload(Submission.answers),
)
# A form sent is saved and answered with a redirect: it needs the child's language and the answers so far, which
# leaves room for saving the answer in the same four queries. A form sent back with an error loads the rest as needed.
_FOR_SAVING = (
    joinedload(Invitation.child),
    joinedload(Invitation.submission).selectinload(Submission.answers),
)


def opened_invitation() -> Invitation | None:
    """The invitation whose link this browser opened, whatever its state now; looked up once a request."""
    if "opened_invitation" not in g:
        invitation_id = session.get("invitation_id")
        options = _FOR_SHOWING if request.method in ("GET", "HEAD") else _FOR_SAVING
        g.opened_invitation = (
            db.session.scalar(select(Invitation).where(Invitation.id == invitation_id).options(*options))
            if isinstance(invitation_id, int)
            else None
        )
    return g.opened_invitation
