"""The little formatted text staff write (an IRO's introduction), cleaned with nh3."""

import nh3
from markupsafe import Markup

ALLOWED_TAGS = {"p", "br", "strong", "em", "ul", "ol", "li"}


def clean(html: str) -> str:
    """Keep paragraphs, line breaks, bold, italics and lists; drop every other tag and every attribute."""
    return nh3.clean(html or "", tags=ALLOWED_TAGS, attributes={}, link_rel=None)


def render(html: str) -> Markup:
    """Clean again on the way out, so text saved by any route is safe to show."""
    return Markup(clean(html))
