"""Builds a WTForms form for one question at run time, from its definition."""

from flask_wtf import FlaskForm
from wtforms import Field, RadioField, TextAreaField
from wtforms.validators import InputRequired, Length, Optional, ValidationError

from app.questionnaires import errors
from app.questionnaires.definition import Kind, Question


def _strip(value):
    return value.strip() if isinstance(value, str) else value


def _known_option(values: set[str]):
    def check(form, field):
        if field.data not in values:
            raise ValidationError(errors.message("unknown_option"))

    return check


def _field(question: Question) -> Field:
    presence = Optional() if question.optional else InputRequired(message=str(question.error_required))
    if question.kind is Kind.TEXT:
        too_long = errors.message("too_long", max=question.max_length)
        return TextAreaField(validators=[presence, Length(max=question.max_length, message=too_long)], filters=[_strip])
    values = {option.value for option in question.options}
    # The choice check is ours, so a tampered value gets our message rather than WTForms' own;
    # the options are drawn by the GOV.UK macro, not by WTForms.
    return RadioField(validators=[presence, _known_option(values)], validate_choice=False)


def build_form(question: Question, saved_value=None) -> FlaskForm:
    """A form with one field, `answer`, filled from the request or else from the saved answer."""

    class QuestionForm(FlaskForm):
        answer = _field(question)

    return QuestionForm(data={"answer": saved_value} if saved_value is not None else None)


def answer_value(question: Question, form: FlaskForm) -> str:
    """What to save for a valid form: a skipped optional question is saved as an empty string."""
    return form.answer.data or ""
