"""Saving answers and sending them: the same steps whether a person answers on the web or by text."""

from typing import Any

from werkzeug.datastructures import MultiDict

from app.definitions.questionnaire import Audience, Purpose, Question
from app.extensions import db
from app.models import Invitation, Respondent, Submission, SubmissionState
from app.models.time import utcnow
from app.notifications import alerts
from app.questionnaires import registry, router
from app.questionnaires.form_builder import answer_value, build_form
from app.routing import route
from app.safeguarding import flags


def submission_for(invitation: Invitation) -> Submission:
    """The invitation's one submission, started now if need be."""
    if invitation.submission is None:
        db.session.add(Submission(invitation=invitation, child=invitation.child, questionnaire=invitation.questionnaire))
    return invitation.submission


def by_a_child(invitation: Invitation) -> bool:
    """A child answers it, not a parent, carer or professional: decides whose help they are shown."""
    return invitation.respondent is Respondent.CHILD and registry.get(invitation.questionnaire).audience is Audience.CHILD


def is_sent(invitation: Invitation) -> bool:
    return invitation.submission is not None and invitation.submission.state is SubmissionState.SUBMITTED


def answers(invitation: Invitation) -> dict:
    return invitation.submission.answer_values() if invitation.submission else {}


def check(question: Question, fields: MultiDict) -> tuple[Any, str | None]:
    """Check an answer given as form fields, with the web form's own rules: (value to save, None) or (None, error)."""
    form = build_form(question, formdata=fields, meta={"csrf": False})
    if form.validate():
        return answer_value(question, form), None
    return None, next(error for field_errors in form.errors.values() for error in field_errors)


def save(invitation: Invitation, question: Question, value: Any) -> str | None:
    """Save one answer ("" for skipped) and raise any urgent flag it carries; returns the flag's reason, if any."""
    submission = submission_for(invitation)
    submission.save_answer(question.id, value)
    reason = flags.reason_for(question, value)
    if reason:
        flags.raise_flag(submission, reason)
    return reason


def send(invitation: Invitation) -> None:
    """Send the answers to whoever should read them; answers to pages that no longer apply are not kept.

    Views alert the IRO (or the duty manager); feedback alerts no one: managers read it in the feedback list, and
    the IRO it is about among the feedback on their reviews."""
    submission = invitation.submission
    counted = router.answers_that_count(registry.get(invitation.questionnaire), submission.answer_values())
    submission.answers = [a for a in submission.answers if a.question_id in counted]
    submission.state = SubmissionState.SUBMITTED
    submission.submitted_at = utcnow()
    route(submission)
    if registry.get(invitation.questionnaire).purpose is Purpose.CONSULTATION:
        alerts.views_arrived(submission)
