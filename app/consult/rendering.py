"""GOV.UK Frontend macro parameters for a question page, so templates only display."""

from flask import url_for
from flask_babel import format_number, gettext
from markupsafe import Markup, escape

from app.assets import static_url
from app.definitions.questionnaire import Kind, Option, Question, Questionnaire
from app.questionnaires import router
from app.questionnaires.answers import display_answer


def _error(field) -> dict | None:
    return {"text": field.errors[0]} if field.errors else None


def _option_html(option: Option, pictures: bool, face: bool) -> Markup:
    word = escape(str(option.label))
    if pictures and option.picture:
        src = static_url(f"pictures/{option.picture}.svg")
        return Markup(
            '<img class="app-option-picture" src="{}" alt="{}" width="56" height="56"> <span class="app-option-word">{}</span>'
        ).format(src, str(option.picture_alt or ""), word)
    if face and option.picture:
        # The words version's faces: a small picture (never an emoji character, which a phone without an emoji font
        # shows as an empty box) beside the word, which says it all, so the picture is decoration.
        src = static_url(f"pictures/{option.picture}.svg")
        return Markup(
            '<img class="app-face" src="{}" alt="" width="32" height="32"> <span class="app-option-word">{}</span>'
        ).format(src, word)
    return word


def _legend(question: Question) -> dict:
    return {"legend": {"text": str(question.title), "isPageHeading": True, "classes": "govuk-fieldset__legend--l"}}


def field_params(question: Question, form, pictures: bool = False) -> dict:
    """Parameters for the GOV.UK macro that draws this question, with the question as the page heading."""
    hint = {"text": str(question.hint)} if question.hint else None
    if question.kind is Kind.TEXT:
        return {
            "macro": "character_count",
            "name": "answer",
            "id": "answer",
            "maxlength": question.max_length,
            "rows": 6,
            "value": form.answer.data or "",
            "label": {"text": str(question.title), "isPageHeading": True, "classes": "govuk-label--l"},
            "hint": hint,
            "errorMessage": _error(form.answer),
        }
    if question.kind is Kind.DATE:
        return {"macro": "date", **form.answer.params(fieldset=_legend(question), hint=hint)}
    items = []
    chosen = form.answer.data if isinstance(form.answer.data, list) else [form.answer.data]
    faces = question.kind is Kind.EMOJI
    for option in question.options:
        if option.exclusive:
            items.append({"divider": gettext("or")})
        item = {"value": option.value, "html": _option_html(option, pictures, faces), "checked": option.value in chosen}
        if option.exclusive:
            item["behaviour"] = "exclusive"
        if option.other:
            item["conditional"] = {"html": _other_box(form, question)}
        items.append(item)
    return {
        "macro": "checkboxes" if question.kind is Kind.MULTI else "radios",
        **form.answer.params(
            fieldset=_legend(question),
            hint=hint,
            classes="app-emoji-scale" if question.kind is Kind.EMOJI else None,
            items=items,
        ),
    }


def _other_box(form, question: Question) -> Markup:
    error = form.other.errors[0] if form.other.errors else ""
    return Markup(
        '<div class="govuk-form-group{}"><label class="govuk-label" for="other">{}</label>{}'
        '<input class="govuk-input{}" id="other" name="other" type="text" maxlength="{}" value="{}"></div>'
    ).format(
        " govuk-form-group--error" if error else "",
        gettext("What else?"),
        Markup('<p class="govuk-error-message" id="other-error"><span class="govuk-visually-hidden">{}</span> {}</p>').format(gettext("Error:"), error) if error else "",
        " govuk-input--error" if error else "",
        question.max_length,
        form.other.data or "",
    )


def place_caption(place: router.Place) -> str:
    """The "Question 3 of 25" above a question's heading, counted as the texts count it."""
    numbers = {"number": format_number(place.number), "total": format_number(place.total)}
    if place.about:
        return gettext("Question %(number)s of about %(total)s", **numbers)
    return gettext("Question %(number)s of %(total)s", **numbers)


def _answer_pictures(question: Question, value) -> list[str]:
    """The pictures of the answers given, in the picture version: each chosen option's that has one."""
    chosen = value.get("selected", []) if isinstance(value, dict) else [value]
    return [static_url(f"pictures/{o.picture}.svg") for o in question.options if o.picture and o.value in chosen]


def check_rows(questionnaire: Questionnaire, answers: dict) -> list[dict]:
    """One row a page the person saw, with a change link back to that page, and in the picture version the
    picture of each answer given, as the question page showed it."""
    return [
        {
            "question": question,
            "answer": display_answer(question, answers.get(question.id)),
            "pictures": _answer_pictures(question, answers.get(question.id)) if questionnaire.pictures else [],
            "change_url": url_for(".question", question_id=question.id, change=1),
        }
        for question in router.pages(questionnaire, answers)
    ]
