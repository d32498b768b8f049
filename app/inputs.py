"""What people send, made safe before any view reads it: ids, dates typed in three boxes, and text without NUL.

Anyone can send anything: an id of 20 digits, a year of 20 digits, a NUL character. Each is dealt with here, once,
as "not found" or "not a date", rather than reaching the database or the date library and failing there with a 500.
"""

import re
from datetime import date, time

from flask import Flask
from flask import Request as FlaskRequest
from werkzeug.datastructures import ImmutableMultiDict, iter_multi_items
from werkzeug.routing import IntegerConverter

MAX_ID = 2**31 - 1  # the largest id an INTEGER column holds on PostgreSQL (SQLite's hold more)
MAX_ID_DIGITS = len(str(MAX_ID))


class DatabaseId(IntegerConverter):
    """`<int:…>` in every route: a whole number an id column can hold. Anything larger matches no route (404)
    instead of overflowing the database driver."""

    def __init__(self, map, *args, **kwargs):
        kwargs.setdefault("max", MAX_ID)
        super().__init__(map, *args, **kwargs)


def database_integer(value: str | None) -> int | None:
    """A whole number sent in a form, such as an id, that an INTEGER column can hold; None when it is not one (so
    the caller's "not found" applies)."""
    value = (value or "").strip()
    if not (value.isdecimal() and len(value) <= MAX_ID_DIGITS):
        return None
    number = int(value)
    return number if number <= MAX_ID else None


def whole_number(value: str | None, default: int) -> int:
    """A count such as a page number from the address; the default when it is not a plain whole number."""
    value = (value or "").strip()
    return int(value) if value.isdecimal() and len(value) <= MAX_ID_DIGITS else default


def date_from_parts(day: str | None, month: str | None, year: str | None) -> date | None:
    """The date typed in the three boxes of a date input, or None when they do not make one.

    Digits of any script count (int() reads them); the year is 4 digits and no part is longer, so a year of 20
    digits is simply not a date rather than an overflow, and 27 3 26 is not taken for the year 26."""
    parts = [(part or "").strip() for part in (year, month, day)]
    if not all(part.isdecimal() and len(part) <= 4 for part in parts) or len(parts[0]) != 4:
        return None
    try:
        return date(*(int(part) for part in parts))
    except ValueError:
        return None


# "16:30", "16.30", "4pm", "4:30pm", "4.30 p.m." (ASCII digits only, so no script's digits slip past the range checks).
TIME = re.compile(r"(?P<hour>[0-9]{1,2})(?:[:.](?P<minute>[0-9]{2}))?\s*(?:(?P<half>[ap])\.?m\.?)?", re.ASCII | re.IGNORECASE)


def time_from_text(text: str | None) -> time | None:
    """The time of day typed as people write it, or None when it is not one. A bare hour ("4") is not a time: it
    could be 4am or 4pm."""
    match = TIME.fullmatch((text or "").strip())
    if match is None or (match["minute"] is None and match["half"] is None):
        return None
    hour, minute = int(match["hour"]), int(match["minute"] or 0)
    if match["half"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if match["half"].lower() == "p" else 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def without_nul(value):
    return value.replace("\x00", "") if isinstance(value, str) else value


class ParametersWithoutNul(ImmutableMultiDict):
    """A query string or form, without NUL characters in its names or values. No one types one, and PostgreSQL
    refuses them in text, so one sent on purpose (say in a search or an email address) would otherwise be a 500."""

    def __init__(self, mapping=None):
        super().__init__([(without_nul(key), without_nul(value)) for key, value in iter_multi_items(mapping or ())])


class Request(FlaskRequest):
    parameter_storage_class = ParametersWithoutNul


def init_app(app: Flask) -> None:
    """Before any route is added: routes' `<int:…>` then use DatabaseId."""
    app.request_class = Request
    app.url_map.converters["int"] = DatabaseId
