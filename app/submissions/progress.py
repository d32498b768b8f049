"""An invitation's one submission: started when first needed, the answers saved in it so far, and whether it was sent."""

from app.extensions import db
from app.models import Invitation, Submission, SubmissionState


def submission_for(invitation: Invitation) -> Submission:
    """The invitation's one submission, started now if need be."""
    if invitation.submission is None:
        db.session.add(Submission(invitation=invitation, child=invitation.child, questionnaire=invitation.questionnaire))
    return invitation.submission


def is_sent(invitation: Invitation) -> bool:
    return invitation.submission is not None and invitation.submission.state is SubmissionState.SUBMITTED


def answers(invitation: Invitation) -> dict:
    return invitation.submission.answer_values() if invitation.submission else {}
