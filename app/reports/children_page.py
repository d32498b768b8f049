"""The year in plain words for children in care: each fact a picture and a sentence, with small numbers never
printed (app/reports/disclosure.py), because this page is printed and put up where anyone can read it."""

from flask_babel import gettext as _

from app.numbers import ngettext
from app.reports.disclosure import SMALLEST_BASE, hides_count
from app.reports.figures import AnnualReport, percent
from app.reports.formatting import show_number as number


def _reviews(report: AnnualReport) -> str:
    held = report.reviews.held
    if hides_count(held):
        return _("There were fewer than 6 reviews.")
    return ngettext("There was %(num)s review.", "There were %(num)s reviews.", held)


def _on_time(report: AnnualReport) -> str:
    on_time, held = report.reviews.on_time, report.reviews.held
    if held < SMALLEST_BASE:
        return _("There were too few reviews to say how many happened on time.")
    if hides_count(on_time):
        return _("Fewer than 6 out of %(held)s reviews happened on time.", held=number(held))
    return _("%(on_time)s out of %(held)s reviews happened on time.", on_time=number(on_time), held=number(held))


def _conveyed(report: AnnualReport) -> str:
    conveyed, reviews = report.reviews.conveyed, report.reviews.aged_4_plus
    if reviews < SMALLEST_BASE:
        return _("There were too few reviews of children aged 4 and over to say how many children told the meeting what they think.")
    if hides_count(conveyed):
        return _("At fewer than 6 of %(reviews)s reviews of children aged 4 and over, the child told the meeting what they think.", reviews=number(reviews))
    return _(
        "At %(number)s out of every 100 reviews, the child told the meeting what they think. They came and talked, or someone "
        "said it for them, or they wrote, sent a text or made a video. This counts children aged 4 and over.",
        number=number(percent(conveyed, reviews, places=0)),
    )


def _answered(count: int) -> str:
    if hides_count(count):
        return _("Fewer than 6 children and young people used Listen to Me to tell their IRO what they think before their review.")
    return ngettext(
        "%(num)s child or young person used Listen to Me to tell their IRO what they think before their review.",
        "%(num)s children and young people used Listen to Me to tell their IRO what they think before their review.",
        count,
    )


def _welcomed(positive: int, answering: int) -> str:
    if answering < SMALLEST_BASE:
        return _("We asked young people about their review afterwards. Fewer than 10 answered, so we keep what they said private.")
    if hides_count(positive):
        return _("We asked young people about their review afterwards. Fewer than 6 said their IRO made them feel welcome.")
    return _(
        "We asked young people about their review afterwards. %(number)s out of every 100 said their IRO made them feel welcome.",
        number=number(percent(positive, answering, places=0)),
    )


def facts(report: AnnualReport) -> list[tuple[str, str]]:
    """(picture, sentence) for each thing the page tells children, in order; a fact with nothing to count is left out."""
    shown = [("meeting", _reviews(report))]
    if report.reviews.held:
        shown.append(("star", _on_time(report)))
    if report.reviews.aged_4_plus:
        shown.append(("speech-bubble", _conveyed(report)))
    children = next((line for line in report.consultations.by_respondent if line.key == "child"), None)
    if children and children.completed:
        shown.append(("thumb-up", _answered(children.completed)))
    young = next(role for role in report.feedback if role.role == "young_person")
    welcomed = next((figure for figure in young.figures if figure.question == "welcomed"), None)
    if welcomed and welcomed.answering:
        shown.append(("face-happy", _welcomed(welcomed.positive, welcomed.answering)))
    return shown


def why_numbers_are_missing() -> str:
    return _(
        "Why some numbers are missing: when only a few children are in a number, we do not print it, so that no one can "
        "work out who they are. We write “fewer than 6” instead, and we only say “out of every 100” when at least 10 "
        "children are counted."
    )
