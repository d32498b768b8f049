"""Every error message the engine shows, in one catalogue, each with a code."""

from flask_babel import lazy_gettext as _l

MESSAGES = {
    "unknown_option": _l("Select one of the options on this page"),
    "too_long": _l("Your answer must be %(max)s characters or fewer"),
}


def message(code: str, **values) -> str:
    return str(MESSAGES[code]) % values if values else str(MESSAGES[code])
