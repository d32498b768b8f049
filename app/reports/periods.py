"""The period a report covers: by default the last complete financial year (April to March)."""

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta
from flask_babel import lazy_gettext as _l

LONDON = ZoneInfo("Europe/London")
# Reports older than this are not what the service is for, and a typo like 0219 should not scan centuries.
EARLIEST = date(2000, 1, 1)
# And a year like 9999 is a typo too, which would run past the last date Python can count to.
LATEST = date(2099, 12, 31)
LONGEST = relativedelta(years=5)


@dataclass(frozen=True)
class Period:
    """From `start` to `end`, both days included."""

    start: date
    end: date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def whole_months(self) -> int | None:
        """How many calendar months the period spans, when it runs from a 1st to a month's last day."""
        if self.start.day != 1 or (self.end + timedelta(days=1)).day != 1:
            return None
        following = self.end + timedelta(days=1)
        return (following.year - self.start.year) * 12 + following.month - self.start.month

    def previous(self) -> "Period":
        """The period of the same length just before this one (the year before, for a financial year)."""
        months = self.whole_months
        if months:
            return Period(self.start - relativedelta(months=months), self.start - timedelta(days=1))
        return Period(self.start - timedelta(days=self.days), self.start - timedelta(days=1))

    def utc_bounds(self) -> tuple[datetime, datetime]:
        """The first instant of the period and the first instant after it, in UTC (days are London days)."""
        return _london_midnight(self.start), _london_midnight(self.end + timedelta(days=1))

    @property
    def is_financial_year(self) -> bool:
        return self.start == date(self.start.year, 4, 1) and self.end == date(self.start.year + 1, 3, 31)


def _london_midnight(day: date) -> datetime:
    return datetime.combine(day, time(), LONDON).astimezone(UTC)


def last_financial_year(today: date) -> Period:
    """The last complete April-to-March year before `today`."""
    ends = today.year if today >= date(today.year, 4, 1) else today.year - 1
    return Period(date(ends - 1, 4, 1), date(ends, 3, 31))


class PeriodError(ValueError):
    """A period that cannot be reported on; `field` is which date is wrong ("from", "to" or None for both)."""

    def __init__(self, message, field: str | None):
        super().__init__(str(message))
        self.message = message
        self.field = field


MESSAGES = {
    "from_missing": _l("Enter the start date"),
    "to_missing": _l("Enter the end date"),
    "from_invalid": _l("The start date must be a real date, like 1 4 2019"),
    "to_invalid": _l("The end date must be a real date, like 31 3 2020"),
    "from_too_early": _l("The start date must be in the year 2000 or later"),
    "to_too_late": _l("The end date must be in the year 2099 or earlier"),
    "order": _l("The end date must be the same as or after the start date"),
    "too_long": _l("The period must be 5 years or shorter"),
}


def parse_day(text: str | None) -> date | None:
    """A date written YYYY-MM-DD, or None if it is not one."""
    try:
        return date.fromisoformat((text or "").strip())
    except ValueError:
        return None


def checked(start: date | None, end: date | None, start_given: bool = True, end_given: bool = True) -> Period:
    """The period from `start` to `end`, or a PeriodError saying what is wrong with it."""
    if start is None:
        raise PeriodError(MESSAGES["from_invalid" if start_given else "from_missing"], "from")
    if end is None:
        raise PeriodError(MESSAGES["to_invalid" if end_given else "to_missing"], "to")
    if start < EARLIEST:
        raise PeriodError(MESSAGES["from_too_early"], "from")
    if end > LATEST:
        raise PeriodError(MESSAGES["to_too_late"], "to")
    if end < start:
        raise PeriodError(MESSAGES["order"], "to")
    if end >= start + LONGEST:
        raise PeriodError(MESSAGES["too_long"], "to")
    return Period(start, end)
