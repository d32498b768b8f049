"""Numbers in words people read, written by Flask-Babel in the language of the page that shows them."""

from flask_babel import LazyString, format_number, get_translations


def lazy_number(number: int) -> LazyString:
    """The number as the page will write it, for a message made before there is a page (a form's lazy message)."""
    return LazyString(format_number, number)


def ngettext(singular: str, plural: str, num: int, **variables) -> str:
    """Flask-Babel's ngettext, but with the count in the words (`%(num)s`) written by Babel, not by str()."""
    return get_translations().ungettext(singular, plural, num) % {"num": format_number(num), **variables}
