"""Every error message the engine shows, in one catalogue, each with a code."""

from flask_babel import lazy_gettext as _l

MESSAGES = {
    "unknown_option": _l("Select one of the options on this page"),
    "too_long": _l("Your answer must be %(max)s characters or fewer"),
    "exclusive": _l("Select “%(option)s” on its own, or untick it"),
    "other_missing": _l("Write what you mean in the box, or untick “%(option)s”"),
    "date_missing": _l("The date must include a %(part)s"),
    "date_not_real": _l("Enter a real date"),
    "date_year": _l("The year must be 4 numbers, for example 2027"),
}

DATE_PARTS = {"day": _l("day"), "month": _l("month"), "year": _l("year")}


def message(code: str, **values) -> str:
    return str(MESSAGES[code]) % values if values else str(MESSAGES[code])
