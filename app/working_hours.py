"""Working hours: when the office is open to act on an urgent flag, and deadlines counted in open time.

Set by WORKING_HOURS ("09:00-17:00", local time in BABEL_DEFAULT_TIMEZONE) and WORKING_DAYS ("Mon,Tue,Wed,Thu,Fri");
England's bank holidays are never working days. A deadline of one working hour from 16:30 on a Friday is 09:30 on
Monday (10:30 on the Tuesday after a bank holiday Monday)."""

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from flask import Flask, current_app

from app.reviews.timescales import is_bank_holiday

DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
LONGEST_SEARCH_DAYS = 400  # a deadline further off than this means the settings leave no working time at all


@dataclass(frozen=True)
class WorkingHours:
    opens: time
    closes: time
    days: frozenset[int]  # Monday is 0
    zone: ZoneInfo

    def is_working_day(self, day: date) -> bool:
        return day.weekday() in self.days and not is_bank_holiday(day)

    def _window(self, day: date) -> tuple[datetime, datetime]:
        """That day's opening and closing moments, in UTC (a change of the clocks is allowed for)."""
        return (
            datetime.combine(day, self.opens, tzinfo=self.zone).astimezone(UTC),
            datetime.combine(day, self.closes, tzinfo=self.zone).astimezone(UTC),
        )

    def _windows_from(self, moment: datetime):
        """Each working period that ends after `moment`, starting no earlier than it, in order."""
        day = moment.astimezone(self.zone).date()
        for _ in range(LONGEST_SEARCH_DAYS):
            if self.is_working_day(day):
                opens, closes = self._window(day)
                if closes > moment:
                    yield max(opens, moment), closes
            day += timedelta(days=1)
        raise ValueError("WORKING_HOURS and WORKING_DAYS leave no working time")

    def is_open(self, moment: datetime) -> bool:
        start, _ = next(self._windows_from(moment))
        return start == moment

    def add(self, moment: datetime, working: timedelta) -> datetime:
        """The moment when `working` time in working hours has passed since `moment`."""
        left = working
        for start, end in self._windows_from(moment):
            if start + left <= end:
                return start + left
            left -= end - start
        raise AssertionError("unreachable: _windows_from raises first")

    def next_close(self, moment: datetime) -> datetime:
        """When the working period that is open at `moment`, or the next one, ends."""
        return next(self._windows_from(moment))[1]


def parse(hours: str, days: str, zone: str) -> WorkingHours:
    """Working hours from settings such as "09:00-17:00" and "Mon,Tue,Wed,Thu,Fri"; a clear error if they are wrong."""
    try:
        opens, closes = (time.fromisoformat(part.strip()) for part in hours.split("-"))
    except ValueError:
        raise ValueError(f"WORKING_HOURS must look like 09:00-17:00, not {hours!r}") from None
    if closes <= opens:
        raise ValueError(f"WORKING_HOURS must close after it opens, not {hours!r}")
    names = [name.strip().lower()[:3] for name in days.split(",") if name.strip()]
    if not names or any(name not in DAY_NAMES for name in names):
        raise ValueError(f"WORKING_DAYS must list days like Mon,Tue,Wed,Thu,Fri, not {days!r}")
    return WorkingHours(opens, closes, frozenset(DAY_NAMES.index(name) for name in names), ZoneInfo(zone))


def working_hours() -> WorkingHours:
    config = current_app.config
    return parse(config["WORKING_HOURS"], config["WORKING_DAYS"], config["BABEL_DEFAULT_TIMEZONE"])


def init_app(app: Flask) -> None:
    # Wrong settings stop the app starting, rather than failing the moment a child says they are not safe.
    parse(app.config["WORKING_HOURS"], app.config["WORKING_DAYS"], app.config["BABEL_DEFAULT_TIMEZONE"])
