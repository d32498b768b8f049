"""Raising an urgent flag on a submission, the moment the answer is saved."""

from typing import Any

from app.models import Submission
from app.models.time import utcnow
from app.notifications import alerts
from app.questionnaires.definition import Kind, Question
from app.safeguarding.words import mentions_harm

ANSWER = "answer"  # an answer the questionnaire marks as urgent, e.g. "No" to "Do you feel safe?"
WORDS = "words"  # free text matched the safeguarding word list
ASKED = "asked_for_help"  # the child pressed "I don't feel safe"


def reason_for(question: Question, value: Any) -> str | None:
    """Why this answer is urgent, or None. The reason is a code: the answer itself is never copied."""
    if question.kind is Kind.MULTI and isinstance(value, dict):
        if any(v in question.urgent_values for v in value["selected"]):
            return ANSWER
        return WORDS if mentions_harm(value.get("other", "")) else None
    if value in question.urgent_values:
        return ANSWER
    if question.kind is Kind.TEXT and isinstance(value, str) and mentions_harm(value):
        return WORDS
    return None


def raise_flag(submission: Submission, reason: str) -> None:
    """Flag the submission (the first reason is kept) and alert the IRO and the duty manager at once; staff see
    it until someone records what was done."""
    if submission.urgent_at is None:
        submission.urgent_at = utcnow()
        submission.urgent_reason = reason
        alerts.urgent_raised(submission)
