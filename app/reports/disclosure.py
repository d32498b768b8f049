"""Small numbers are never published: the one rule for every figure that leaves the workspace.

A count of 1 to 5 children, or a percentage of a handful, can point at a child someone knows ("the one who said
they were not welcomed"), so wherever figures leave the workspace (the page for children, the CSV and JSON
downloads and `flask report annual`) a count from 1 to 5 is shown as "fewer than 6" (0 is shown: it points at no
one), and a percentage is withheld when it is of fewer than 10 people, or when its own count is withheld (the
two together would give the count back). The managers' own report page shows exact figures, as it stays in the
workspace, and says beside each table which of them would be changed when published.

What this does not do: totals are published, so a withheld count can sometimes be worked out by subtraction
(reviews held minus those on time gives those late). Nothing here suppresses a second figure to stop that.
"""

from decimal import Decimal

from flask_babel import lazy_gettext as _l

from app.numbers import lazy_number

SMALLEST_COUNT = 6  # counts from 1 to SMALLEST_COUNT - 1 are not published
SMALLEST_BASE = 10  # no percentage of fewer than this many

FEWER_THAN = _l("fewer than %(num)s", num=lazy_number(SMALLEST_COUNT))
FEW_ANSWERS = _l("withheld: fewer than %(num)s answers", num=lazy_number(SMALLEST_BASE))
SMALL_COUNT = _l("withheld: fewer than %(num)s", num=lazy_number(SMALLEST_COUNT))
NOTE = _l(
    "Small numbers are not published, so that no child or family can be picked out: a number from 1 to 5 is "
    "shown as “fewer than 6”, and a percentage is withheld when it is of fewer than 10 answers or its number is "
    "fewer than 6."
)


def hides_count(count: int | None) -> bool:
    return count is not None and 0 < count < SMALLEST_COUNT


def percent_withheld(count: int | None, out_of: int | None) -> str | None:
    """Why a percentage of count ÷ out_of may not be published, or None when it may. With nothing to divide by
    there is no percentage to withhold."""
    if not out_of:
        return None
    if out_of < SMALLEST_BASE:
        return str(FEW_ANSWERS)
    if hides_count(count):
        return str(SMALL_COUNT)
    return None


def count(value: int | None) -> int | str | None:
    """A count as published: the number, or "fewer than 6"."""
    return str(FEWER_THAN) if hides_count(value) else value


def percentage(value: Decimal | None, count: int | None, out_of: int | None) -> Decimal | str | None:
    """A percentage as published: the percentage, or why it is withheld."""
    return percent_withheld(count, out_of) or value


def measure(value: float | None, people: int) -> float | str | None:
    """A median or percentile of `people` people's figures, withheld, like a percentage, when they are fewer than 10."""
    return str(FEW_ANSWERS) if value is not None and people < SMALLEST_BASE else value
