"""The language someone answered in, named in the staff member's own page language, so an IRO sees at once when
they may need an interpreter to read the answers or to talk to the person about them."""

from babel import Locale, UnknownLocaleError
from flask_babel import get_locale
from flask_babel import gettext as _

from app.invitations.people import language_of
from app.models import Invitation


def answered_in(invitation: Invitation) -> str:
    """The language the person was asked in, and so answered in: theirs, as their invitation records it."""
    return language_of(invitation)


def other_languages(languages) -> list[str]:
    """Those of the languages that are not the one this page is in, each once, in order."""
    page = get_locale().language
    return [language for language in dict.fromkeys(languages) if language != page]


def language_name(code: str) -> str:
    """The language's name in the page's language: "Polish" on an English page, "Pwyleg" on a Welsh one."""
    try:
        return Locale.parse(code).get_display_name(get_locale()) or code
    except (ValueError, TypeError, UnknownLocaleError):
        return code


def interpreter_note(code: str) -> str:
    return _("Answered in %(language)s — you may need an interpreter", language=language_name(code))


# What the caseload, a child's page and the answers page need to say so.
TEMPLATE_HELPERS = {
    "answered_in": answered_in,
    "other_languages": other_languages,
    "interpreter_note": interpreter_note,
}
