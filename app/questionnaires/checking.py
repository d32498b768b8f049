"""Checking an answer given as form fields by a channel other than the web, with the web form's own rules."""

from typing import Any

from werkzeug.datastructures import MultiDict

from app.definitions.questionnaire import Question
from app.questionnaires.form_builder import answer_value, build_form


def check_answer(question: Question, fields: MultiDict) -> tuple[Any, str | None]:
    """(value to save, None) for a valid answer, or (None, the first error)."""
    form = build_form(question, formdata=fields, meta={"csrf": False})
    if form.validate():
        return answer_value(question, form), None
    return None, next(error for field_errors in form.errors.values() for error in field_errors)
