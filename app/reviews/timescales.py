"""Review due dates from the statutory timescales (Care Planning Regulations, IRO Handbook).

First review within 20 working days of the child becoming looked after; the second
within 3 months of the first; every later one within 6 months of the one before.
"""

from datetime import date, timedelta
from functools import cache

import holidays
from dateutil.relativedelta import relativedelta

FIRST_REVIEW_WORKING_DAYS = 20
SECOND_REVIEW_MONTHS = 3
LATER_REVIEW_MONTHS = 6


@cache
def _bank_holidays(year: int, subdivision: str) -> holidays.HolidayBase:
    return holidays.country_holidays("GB", subdiv=subdivision, years=year)


def is_bank_holiday(day: date, subdivision: str = "ENG") -> bool:
    return day in _bank_holidays(day.year, subdivision)


def is_working_day(day: date, subdivision: str = "ENG") -> bool:
    return day.weekday() < 5 and not is_bank_holiday(day, subdivision)


def add_working_days(start: date, days: int, subdivision: str = "ENG") -> date:
    """The date `days` working days after `start` (weekends and bank holidays skipped)."""
    day = start
    step = 1 if days >= 0 else -1
    remaining = abs(days)
    while remaining:
        day += timedelta(days=step)
        if is_working_day(day, subdivision):
            remaining -= 1
    return day


def working_days_between(start: date, end: date, subdivision: str = "ENG") -> int:
    """Working days after `start` up to and including `end` (negative when `end` is earlier)."""
    if end < start:
        return -working_days_between(end, start, subdivision)
    return sum(is_working_day(start + timedelta(days=n), subdivision) for n in range(1, (end - start).days + 1))


def next_review_due(looked_after_since: date, previous_review: date | None, reviews_so_far: int) -> date:
    """When the next review is due, given the date of the one before (held, or due if not yet held)."""
    if reviews_so_far == 0 or previous_review is None:
        return add_working_days(looked_after_since, FIRST_REVIEW_WORKING_DAYS)
    months = SECOND_REVIEW_MONTHS if reviews_so_far == 1 else LATER_REVIEW_MONTHS
    return previous_review + relativedelta(months=months)
