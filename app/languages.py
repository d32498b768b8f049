"""The languages we speak (LANGUAGES in app/config.py), each by its own name and its English one (or any other's),
and which way each is written. Babel's locale data says all three, so nothing here is written out by hand."""

from functools import cache

from babel import Locale, UnknownLocaleError
from flask import current_app
from markupsafe import Markup


@cache
def _locale(code: str) -> Locale | None:
    try:
        return Locale.parse(code)
    except (ValueError, TypeError, UnknownLocaleError):
        return None


def _capitalised(name: str) -> str:
    # Polish, Romanian and Ukrainian write a language's name in lower case; as a name on its own it takes a capital.
    return name[:1].upper() + name[1:]


def supported(code: object) -> bool:
    return isinstance(code, str) and code in current_app.config["LANGUAGES"]


def own_name(code: str) -> str:
    """A language named in itself (Cymraeg, Polski, العربية), so the person choosing it can read it."""
    return name_in(code, code)


def name_in(code: str, language: str = "en") -> str:
    """A language named in another: in English by default (Welsh, Polish, Arabic), or in the reader's own."""
    locale, reader = _locale(code), _locale(language)
    return _capitalised(locale.get_display_name(reader)) if locale and reader else code


def direction(code: str) -> str:
    """"rtl" for a language written right to left (Arabic), else "ltr": the value of an HTML `dir` attribute."""
    locale = _locale(code)
    return locale.text_direction if locale else "ltr"


def named(code: str, reader: str) -> Markup:
    """A language for someone choosing it for another person: its own name, marked as in its own language and
    direction, and the reader's name for it after when that differs ("Polski (Polish)"), so both can read it."""
    own, theirs = own_name(code), name_in(code, reader)
    marked = Markup('<span lang="{}" dir="{}">{}</span>').format(code, direction(code), own)
    return marked if own == theirs else Markup("{} ({})").format(marked, theirs)


def labelled(reader: str) -> dict[str, dict]:
    """Each language's label for radios of them (GovukRadiosField.params' item_extra), as `named` gives it."""
    return {code: {"html": named(code, reader)} for code in current_app.config["LANGUAGES"]}


def choices(reader: str) -> list[tuple[str, str]]:
    """(code, name) for each language we speak, English first, for a member of staff reading `reader` to choose from."""
    return [(code, named(code, reader).striptags()) for code in current_app.config["LANGUAGES"]]
