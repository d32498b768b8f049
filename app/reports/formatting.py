"""How the report writes its numbers, on the page and in the feedback sentences."""

from decimal import Decimal

from flask_babel import format_decimal, format_percent
from flask_babel import gettext as _

from app.reports import disclosure
from app.reports.figures import FeedbackFigure, feedback_sentence


def show_percent(value: Decimal | None) -> str:
    """99.8%, 97% (as rounded by the figures), or a word when there was nothing to count."""
    if value is None:
        return _("no figure")
    places = max(-value.as_tuple().exponent, 0)
    return format_percent(value / 100, "#,##0" + ("." + "0" * places if places else "") + "%")


def show_number(value: float | None) -> str:
    if value is None:
        return _("no figure")
    return format_decimal(value, "#,##0.#")


def sentence(figure: FeedbackFigure) -> str:
    """"97% felt welcomed"; with no one answering, says so instead of printing 0%."""
    if figure.percent is None:
        return _("No one answered: %(question)s", question=figure.label)
    return feedback_sentence(figure, show_percent(figure.percent))


def published_sentence(figure: FeedbackFigure) -> str:
    """The sentence as it may leave the workspace: with too few answers, it says the figure is withheld and why."""
    withheld = disclosure.percent_withheld(figure.positive, figure.answering)
    if withheld:
        return _("%(question)s – %(withheld)s", question=figure.label, withheld=withheld)
    return sentence(figure)
