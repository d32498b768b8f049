"""A saved answer as a person reads it: on the check-answers page, and on staff pages and printouts."""

from datetime import date
from typing import Any

from flask_babel import format_date

from app.definitions.questionnaire import Kind, Question, Questionnaire
from app.questionnaires import router


def display_answer(question: Question, value: Any) -> str | None:
    """The answer as a person would read it; None when the question was skipped."""
    return ", ".join(part for part in answer_parts(question, value) if part) or None


def answer_parts(question: Question, value: Any) -> tuple[str | None, str | None]:
    """The answer in two parts: what was chosen, in the reader's language (the options' words, a date), and the
    person's own words as they wrote them, in theirs (free text, or the words given with "something else"). None
    for a part the answer does not have."""
    if value in (None, ""):
        return None, None
    if question.kind is Kind.TEXT:
        return None, value
    if question.kind is Kind.DATE:
        return format_date(date.fromisoformat(value), "d MMMM yyyy"), None
    labels = {o.value: str(o.label) for o in question.options}
    if question.kind is Kind.MULTI:
        return ", ".join(labels.get(v, v) for v in value["selected"]) or None, value.get("other") or None
    return labels.get(value), None


def answer_rows(questionnaire: Questionnaire, values: dict, only=None) -> list[tuple]:
    """Each page the person saw (or those of them in `only`), with its answer in two parts (`answer_parts`), as staff
    pages show them."""
    return [
        (q, *answer_parts(q, values.get(q.id))) for q in router.pages(questionnaire, values) if only is None or q.id in only
    ]
