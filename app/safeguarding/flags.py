"""Raising an urgent flag, or the lower "check in" flag, on a submission the moment the answer is saved."""

from datetime import datetime
from typing import Any

from app import audit
from app.audit.actions import Action
from app.models import Submission
from app.models.time import utcnow
from app.notifications import alerts, escalation
from app.questionnaires.definition import Kind, Question, Questionnaire
from app.safeguarding.words import mentions_harm, phrases_in

ANSWER = "answer"  # an answer the questionnaire marks as urgent, e.g. "No" to "Do you feel safe?"
WORDS = "words"  # free text matched the safeguarding word list
ASKED = "asked_for_help"  # the child pressed "I don't feel safe"
TEXTED = "texted_words"  # a text from them matched the list (kept only if it was a free-text answer)
CHECK_IN = "check_in"  # "Not sure" if they feel safe: the lower flag, for the IRO to check in with them


def reason_for(question: Question, value: Any) -> str | None:
    """Why this answer raises a flag, or None. The reason is a code: the answer itself is never copied."""
    chosen = value["selected"] if question.kind is Kind.MULTI and isinstance(value, dict) else [value]
    if any(v in question.urgent_values for v in chosen):
        return ANSWER
    if mentions_harm(_free_text(question, value)):
        return WORDS
    return CHECK_IN if any(v in question.check_in_values for v in chosen) else None


def _free_text(question: Question, value: Any) -> str:
    if question.kind is Kind.MULTI and isinstance(value, dict):
        return value.get("other") or ""
    return value if question.kind is Kind.TEXT and isinstance(value, str) else ""


def words_that_flag(questionnaire: Questionnaire, answers: dict) -> list[str]:
    """The listed phrases found in a person's free text, for the IRO to see why their words were flagged."""
    found = (phrases_in(_free_text(q, answers.get(q.id))) for q in questionnaire.questions)
    return list(dict.fromkeys(phrase for phrases in found for phrase in phrases))


def raise_flag(submission: Submission, reason: str, now: datetime | None = None) -> None:
    """Flag the submission and alert the IRO and the duty manager at once (and the out-of-hours contact, out of
    hours), and start the clock for someone to acknowledge it; staff see it until someone records what was done.
    A flag already open stays as it is (the first reason is kept). A flag someone had closed opens again, and they
    are told again: a child may say they are not safe after it was dealt with."""
    if reason == CHECK_IN:
        raise_check_in(submission, now)
        return
    if submission.urgent_open:
        return
    now = now or utcnow()
    again = submission.urgent_at is not None
    submission.urgent_at = now
    submission.urgent_reason = reason
    submission.urgent_handled_at = None
    submission.urgent_handled_by = None  # what they recorded stays in urgent_action, shown as done last time
    audit.record_unattended(Action.RAISED_URGENT, submission, at=now)
    alerts.urgent_raised(submission, again=again)
    escalation.start_clock(submission, now)


def raise_check_in(submission: Submission, now: datetime | None = None) -> None:
    """The lower flag: the IRO alone is told to check in with the child, and nothing escalates. It opens again,
    and they are told again, if the child says "Not sure" after someone checked in."""
    if submission.check_in_open:
        return
    now = now or utcnow()
    submission.check_in_at = now
    submission.check_in_done_at = None
    submission.check_in_done_by = None
    audit.record_unattended(Action.RAISED_CHECK_IN, submission, at=now)
    alerts.check_in_raised(submission)
