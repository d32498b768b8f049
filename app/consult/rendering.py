"""GOV.UK Frontend macro parameters for a question page, so templates only display."""

from markupsafe import Markup, escape

from app.questionnaires.definition import Kind, Question


def _error(form) -> dict | None:
    return {"text": form.answer.errors[0]} if form.answer.errors else None


def _option_html(option) -> Markup:
    if not option.emoji:
        return escape(str(option.label))
    return Markup('<span class="ltm-emoji" aria-hidden="true">{}</span> {}').format(option.emoji, str(option.label))


def field_params(question: Question, form) -> dict:
    """Parameters for govukRadios or govukCharacterCount, with the question as the page heading."""
    hint = {"text": str(question.hint)} if question.hint else None
    if question.kind is Kind.TEXT:
        return {
            "name": "answer",
            "id": "answer",
            "maxlength": question.max_length,
            "rows": 6,
            "value": form.answer.data or "",
            "label": {"text": str(question.title), "isPageHeading": True, "classes": "govuk-label--l"},
            "hint": hint,
            "errorMessage": _error(form),
        }
    return {
        "name": "answer",
        "idPrefix": "answer",
        "fieldset": {"legend": {"text": str(question.title), "isPageHeading": True, "classes": "govuk-fieldset__legend--l"}},
        "hint": hint,
        "errorMessage": _error(form),
        "classes": "ltm-emoji-scale" if question.kind is Kind.EMOJI else None,
        "items": [
            {"value": option.value, "html": _option_html(option), "checked": option.value == form.answer.data}
            for option in question.options
        ],
    }


def display_answer(question: Question, value) -> str | None:
    """The answer as a person would read it; None when the question was skipped."""
    if value in (None, ""):
        return None
    if question.kind is Kind.TEXT:
        return value
    option = next((o for o in question.options if o.value == value), None)
    return str(option.label) if option else None
