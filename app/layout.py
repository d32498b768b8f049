"""Templates: our own folder plus the GOV.UK Frontend macros, and what every page needs to know."""

from flask import Flask
from flask_babel import get_locale
from jinja2 import ChoiceLoader, PackageLoader, PrefixLoader

from app import photo_links, richtext
from app.reviews import meetings


def _locale() -> dict:
    """The page's language, and which way it reads: `dir="rtl"` for Arabic, so the page is mirrored."""
    locale = get_locale()
    return {"current_locale": str(locale), "current_direction": locale.text_direction}


def init_app(app: Flask) -> None:
    app.jinja_loader = ChoiceLoader(
        [app.jinja_loader, PrefixLoader({"govuk_frontend_jinja": PackageLoader("govuk_frontend_jinja")})]
    )
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
    app.context_processor(_locale)
    app.jinja_env.filters["rich"] = richtext.render
    # A photo's address names the photo itself (app/photo_links.py).
    app.jinja_env.filters["photo_version"] = photo_links.version
    # When a review's meeting is, in the words children and families are told it (app/reviews/meetings.py).
    app.jinja_env.filters["meeting_when"] = meetings.when
