"""Templates: our own folder plus the GOV.UK Frontend macros, and what every page needs to know (its language and
the language links come from app/language.py)."""

from flask import Flask
from jinja2 import ChoiceLoader, PackageLoader, PrefixLoader

from app import photo_links, richtext
from app.govuk.character_count import counting_words
from app.reviews import meetings


def init_app(app: Flask) -> None:
    app.jinja_loader = ChoiceLoader(
        [app.jinja_loader, PrefixLoader({"govuk_frontend_jinja": PackageLoader("govuk_frontend_jinja")})]
    )
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
    app.jinja_env.filters["rich"] = richtext.render
    # A photo's address names the photo itself (app/photo_links.py).
    app.jinja_env.filters["photo_version"] = photo_links.version
    # When a review's meeting is, in the words children and families are told it (app/reviews/meetings.py).
    app.jinja_env.filters["meeting_when"] = meetings.when
    # GOV.UK's character count in the page's language (templates/macros/character_count.html).
    app.jinja_env.globals["counting_words"] = counting_words
