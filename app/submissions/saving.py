"""Saving one answer as it is given, on the web or by text, and raising any safeguarding flag it carries."""

from typing import Any

from app.definitions.questionnaire import Question
from app.models import Invitation
from app.safeguarding import flags
from app.submissions.progress import submission_for


def save_answer(invitation: Invitation, question: Question, value: Any) -> str | None:
    """Save one answer ("" for skipped) and raise any urgent flag it carries; returns the flag's reason, if any."""
    submission = submission_for(invitation)
    submission.save_answer(question.id, value)
    reason = flags.reason_for(question, value)
    if reason:
        flags.raise_flag(submission, reason)
    return reason
