"""Sending a person's answers: only those that count are kept, the submission goes to its review, and the IRO is told."""

from app.definitions.questionnaire import Purpose
from app.models import Invitation, SubmissionState
from app.models.time import utcnow
from app.notifications import alerts
from app.questionnaires import registry, router
from app.routing import route


def send_answers(invitation: Invitation) -> None:
    """Send the answers to whoever should read them; answers to pages that no longer apply are not kept.

    Views alert the IRO (or the duty manager); feedback alerts no one: managers read it in the feedback list, and
    the IRO it is about among the feedback on their reviews."""
    submission = invitation.submission
    questionnaire = registry.get(invitation.questionnaire)
    counted = router.answers_that_count(questionnaire, submission.answer_values())
    submission.answers = [a for a in submission.answers if a.question_id in counted]
    submission.state = SubmissionState.SUBMITTED
    submission.submitted_at = utcnow()
    route(submission)
    if questionnaire.purpose is Purpose.CONSULTATION:
        alerts.views_arrived(submission)
