"""Raising an urgent flag on a submission, the moment the answer is saved."""

from typing import Any

from app.models import Submission
from app.models.time import utcnow
from app.notifications import alerts
from app.questionnaires.definition import Kind, Question, Questionnaire
from app.safeguarding.words import mentions_harm, phrases_in

ANSWER = "answer"  # an answer the questionnaire marks as urgent, e.g. "No" to "Do you feel safe?"
WORDS = "words"  # free text matched the safeguarding word list
ASKED = "asked_for_help"  # the child pressed "I don't feel safe"
TEXTED = "texted_words"  # a text from them matched the list (kept only if it was a free-text answer)


def reason_for(question: Question, value: Any) -> str | None:
    """Why this answer is urgent, or None. The reason is a code: the answer itself is never copied."""
    chosen = value["selected"] if question.kind is Kind.MULTI and isinstance(value, dict) else [value]
    if any(v in question.urgent_values for v in chosen):
        return ANSWER
    return WORDS if mentions_harm(_free_text(question, value)) else None


def _free_text(question: Question, value: Any) -> str:
    if question.kind is Kind.MULTI and isinstance(value, dict):
        return value.get("other") or ""
    return value if question.kind is Kind.TEXT and isinstance(value, str) else ""


def words_that_flag(questionnaire: Questionnaire, answers: dict) -> list[str]:
    """The listed phrases found in a person's free text, for the IRO to see why their words were flagged."""
    found = (phrases_in(_free_text(q, answers.get(q.id))) for q in questionnaire.questions)
    return list(dict.fromkeys(phrase for phrases in found for phrase in phrases))


def raise_flag(submission: Submission, reason: str) -> None:
    """Flag the submission and alert the IRO and the duty manager at once; staff see it until someone records
    what was done. A flag already open stays as it is (the first reason is kept). A flag someone had closed
    opens again, and they are told again: a child may say they are not safe after it was dealt with."""
    if submission.urgent_at is not None and submission.urgent_handled_at is None:
        return
    again = submission.urgent_at is not None
    submission.urgent_at = utcnow()
    submission.urgent_reason = reason
    submission.urgent_handled_at = None
    submission.urgent_handled_by = None  # what they recorded stays in urgent_action, shown as done last time
    alerts.urgent_raised(submission, again=again)
