"""Telling a child who answered by text that their IRO has written to them about what was decided."""

from sqlalchemy import select

from app.extensions import db
from app.invitations.channels import text
from app.models import Invitation, Respondent, Review, SmsConversation, Submission, SubmissionState


def tell_child_of_note(review: Review) -> bool:
    """Text the child that their IRO has written, if they answered this review's consultation by text.

    The text links to their consultation, where the note shows; it never carries the note. Returns whether
    a text was queued."""
    conversation = db.session.scalar(
        select(SmsConversation)
        .join(Invitation, Invitation.id == SmsConversation.invitation_id)
        .join(Submission, Submission.invitation_id == Invitation.id)
        .where(Submission.review_id == review.id, Invitation.respondent == Respondent.CHILD)
        .where(Submission.state == SubmissionState.SUBMITTED)
        .order_by(SmsConversation.id.desc())
        .limit(1)
    )
    if conversation is None:
        return False
    return text.tell_of_note(conversation)
