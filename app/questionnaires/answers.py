"""A saved answer as a person reads it: on the check-answers page, and on staff pages and printouts."""

from datetime import date
from typing import Any

from flask_babel import format_date

from app.definitions.questionnaire import Kind, Question


def display_answer(question: Question, value: Any) -> str | None:
    """The answer as a person would read it; None when the question was skipped."""
    if value in (None, ""):
        return None
    if question.kind is Kind.TEXT:
        return value
    if question.kind is Kind.DATE:
        return format_date(date.fromisoformat(value), "d MMMM yyyy")
    labels = {o.value: str(o.label) for o in question.options}
    if question.kind is Kind.MULTI:
        words = [labels.get(v, v) for v in value["selected"]]
        if value.get("other"):
            words.append(value["other"])
        return ", ".join(words)
    return labels.get(value)
