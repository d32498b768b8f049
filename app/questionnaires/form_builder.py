"""Builds a WTForms form for one question at run time, from its definition, and turns it into an answer."""

from datetime import date
from typing import Any

from flask_babel import format_number
from wtforms import StringField, TextAreaField
from wtforms.validators import InputRequired, Length, Optional, StopValidation, ValidationError

from app.govuk.fields import GovukCheckboxesField, GovukDateField, GovukRadiosField
from app.govuk.forms import GovukForm
from app.questionnaires import errors
from app.definitions.questionnaire import Kind, Question


def _presence(question: Question):
    return Optional() if question.optional else InputRequired(message=str(question.error_required))


def _known_options(question: Question):
    values = {option.value for option in question.options}

    def check(form, field):
        chosen = field.data if isinstance(field.data, list) else [field.data]
        if any(value not in values for value in chosen):
            raise StopValidation(errors.message("unknown_option"))

    return check


def _multi_rules(question: Question):
    exclusive = next((o for o in question.options if o.exclusive), None)
    other = next((o for o in question.options if o.other), None)

    def check(form, field):
        if exclusive and exclusive.value in field.data and len(field.data) > 1:
            raise ValidationError(errors.message("exclusive", option=str(exclusive.label)))
        if other and other.value in field.data and not form.other.data:
            raise ValidationError(errors.message("other_missing", option=str(other.label)))

    return check


def _text(question: Question) -> TextAreaField:
    too_long = errors.message("too_long", max=format_number(question.max_length))
    return TextAreaField(validators=[_presence(question), Length(max=question.max_length, message=too_long)])


def _fields(question: Question) -> dict:
    if question.kind is Kind.TEXT:
        return {"answer": _text(question)}
    if question.kind is Kind.DATE:
        return {"answer": _date(question)}
    if question.kind is Kind.MULTI:
        # WTForms' own choice check is off: ours gives a clear message; the GOV.UK macro draws the options.
        multi = GovukCheckboxesField(validators=[_presence(question), _known_options(question), _multi_rules(question)], validate_choice=False)
        fields = {"answer": multi}
        if any(option.other for option in question.options):
            too_long = errors.message("too_long", max=format_number(question.max_length))
            fields["other"] = StringField(validators=[Length(max=question.max_length, message=too_long)])
        return fields
    return {"answer": GovukRadiosField(validators=[_presence(question), _known_options(question)], validate_choice=False)}


def _date(question: Question) -> GovukDateField:
    """Typed in boxes named day, month and year; each way of getting it wrong has its own message."""
    return GovukDateField(
        required=None if question.optional else question.error_required,
        missing_part=errors.MESSAGES["date_missing"],
        year=errors.MESSAGES["date_year"],
        not_real=errors.MESSAGES["date_not_real"],
        part_names=errors.DATE_PARTS,
    )


class QuestionForm(GovukForm):
    """Base for the forms built at run time."""

    question: Question


def _saved_data(question: Question, value: Any) -> dict | None:
    if value in (None, ""):
        return None
    if question.kind is Kind.DATE:
        return {"answer": date.fromisoformat(value)}
    if question.kind is Kind.MULTI:
        return {"answer": value["selected"], "other": value.get("other", "")}
    return {"answer": value}


def build_form(question: Question, saved_value: Any = None, **form_options) -> QuestionForm:
    """A form for this question, filled from the request or else from the saved answer.

    Other channels pass their own `formdata` (and `meta={"csrf": False}`) to check an answer the same way."""
    form_class = type(f"{question.id.title()}Form", (QuestionForm,), {"question": question, **_fields(question)})
    return form_class(data=_saved_data(question, saved_value), **form_options)


def answer_value(question: Question, form: QuestionForm) -> Any:
    """What to save for a valid form; a skipped optional question is saved as an empty string."""
    if question.kind is Kind.DATE:
        return form.answer.data.isoformat() if form.answer.data else ""
    if question.kind is Kind.MULTI:
        if not form.answer.data:
            return ""
        other = form.other.data if "other" in form and any(o.other and o.value in form.answer.data for o in question.options) else ""
        return {"selected": form.answer.data, "other": other}
    return form.answer.data or ""
