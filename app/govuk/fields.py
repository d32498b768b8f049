"""Radios, checkboxes, a drop-down list and a date typed in three boxes, each giving its GOV.UK Frontend macro its parameters."""

from datetime import date

from flask_babel import lazy_gettext as _l
from wtforms import Field, RadioField, SelectField, SelectMultipleField
from wtforms.utils import unset_value
from wtforms.validators import StopValidation

from app.inputs import date_from_parts

DATE_PARTS = ("day", "month", "year")
PART_LABELS = {"day": _l("Day"), "month": _l("Month"), "year": _l("Year")}
PART_WIDTHS = {"day": 2, "month": 2, "year": 4}


def _error_message(field: Field) -> dict | None:
    return {"text": field.errors[0]} if field.errors else None


def _fieldset(field: Field, size: str) -> dict:
    return {"legend": {"text": str(field.label.text), "classes": f"govuk-fieldset__legend--{size}"}}


class _ChoicesParams:
    """What radios and checkboxes share: their items from the field's choices, and the macro's parameters."""

    def items(self, extra: dict | None = None) -> list[dict]:
        """One item a choice, checked when chosen; `extra` adds to the item of a value (a hint, a conditional)."""
        extra = extra or {}
        return [
            {"value": choice.value, "text": str(choice.label), "checked": choice.selected, **extra.get(choice.value, {})}
            for choice in self.iter_choices()
        ]

    def params(self, legend: str = "m", item_extra: dict | None = None, **given) -> dict:
        """The macro's parameters, its legend the field's label at size `legend`; `given` adds to or replaces them."""
        return {
            "name": self.name,
            "idPrefix": self.id,
            "fieldset": _fieldset(self, legend),
            "errorMessage": _error_message(self),
            "items": self.items(item_extra),
            **given,
        }


class GovukRadiosField(_ChoicesParams, RadioField):
    """One choice, drawn by govukRadios (its first radio has the field's id, so the error summary links to it)."""


class GovukCheckboxesField(_ChoicesParams, SelectMultipleField):
    """Any number of choices, drawn by govukCheckboxes."""


class GovukSelectField(SelectField):
    """A drop-down list, drawn by govukSelect."""

    def items(self) -> list[dict]:
        return [{"value": choice.value, "text": str(choice.label), "selected": choice.selected} for choice in self.iter_choices()]

    def params(self, label_classes: str | None = None, **given) -> dict:
        """The macro's parameters, labelled with the field's label; `given` adds to or replaces them."""
        label = {"text": str(self.label.text)} | ({"classes": label_classes} if label_classes else {})
        return {"id": self.id, "name": self.name, "label": label, "errorMessage": _error_message(self), "items": self.items(), **given}


class GovukDateField(Field):
    """A date typed in three boxes, drawn by govukDateInput, read once and checked with a specific message.

    The boxes are named day, month and year, or `<name>-day` and so on when `prefixed`. `data` is the date, or None;
    `parts` is what was typed, shown again when there is an error. Messages: `required` when nothing is typed (None
    when the date is optional), `missing_part` ("%(part)s" is the box's name) when some box is empty, `year` when
    the year is not 4 digits, and `not_real` for anything else that is not a date (and for the others not given)."""

    def __init__(self, label=None, validators=None, prefixed: bool = False, required=None, missing_part=None,
                 year=None, not_real=_l("Enter a real date"), part_names: dict | None = None, **kwargs):
        super().__init__(label, validators, **kwargs)
        self.prefixed = prefixed
        self.messages = {"required": required, "missing_part": missing_part, "year": year, "not_real": not_real}
        self.part_names = part_names or PART_LABELS
        self.parts = dict.fromkeys(DATE_PARTS, "")

    @property
    def anchor(self) -> str:
        return f"{self.id}-day"

    def input_name(self, part: str) -> str:
        return f"{self.name}-{part}" if self.prefixed else part

    def process(self, formdata, data=unset_value, extra_filters=None) -> None:
        self.process_errors = []
        if data is unset_value:
            data = self.default() if callable(self.default) else self.default
        self.object_data = data
        self.set_date(data if isinstance(data, date) else None)
        if formdata is not None:
            self.parts = {part: (formdata.get(self.input_name(part)) or "").strip() for part in DATE_PARTS}
            self.data = date_from_parts(self.parts["day"], self.parts["month"], self.parts["year"])

    def set_date(self, value: date | None) -> None:
        """Show this date in the boxes."""
        self.data = value
        if value:
            self.parts = {"day": str(value.day), "month": str(value.month), "year": str(value.year)}

    @property
    def given(self) -> bool:
        """Was anything typed in the boxes?"""
        return any(self.parts.values())

    def problem(self) -> str | None:
        """What is wrong with what was typed, in words; None when it is a date, or nothing is typed and none is needed."""
        if not self.given:
            return None if self.messages["required"] is None else str(self.messages["required"])
        missing = next((part for part in DATE_PARTS if not self.parts[part]), None)
        if missing and self.messages["missing_part"]:
            return str(self.messages["missing_part"]) % {"part": str(self.part_names[missing])}
        year = self.parts["year"]
        if not missing and not (year.isdecimal() and len(year) == 4) and self.messages["year"]:
            return str(self.messages["year"])
        return str(self.messages["not_real"]) if self.data is None else None

    def pre_validate(self, form) -> None:
        problem = self.problem()
        if problem:
            raise StopValidation(problem)

    def params(self, legend: str = "m", **given) -> dict:
        """govukDateInput's parameters: its legend the field's label at size `legend`; `given` adds to or replaces them."""
        error = " govuk-input--error" if self.errors else ""
        return {
            "id": self.id,
            "fieldset": _fieldset(self, legend),
            "errorMessage": _error_message(self),
            "items": [
                {
                    "id": f"{self.id}-{part}",
                    "name": self.input_name(part),
                    "label": str(self.part_names[part]).capitalize(),
                    "classes": f"govuk-input--width-{PART_WIDTHS[part]}{error}",
                    "value": self.parts[part],
                    "inputmode": "numeric",
                }
                for part in DATE_PARTS
            ],
            **given,
        }
