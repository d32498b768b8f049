"""Working hours: deadlines counted only in open time, in London time, skipping weekends and England's bank holidays."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from app import create_app
from app.working_hours import parse

LONDON = ZoneInfo("Europe/London")
OFFICE = parse("09:00-17:00", "Mon,Tue,Wed,Thu,Fri", "Europe/London")


def at(when: str) -> datetime:
    return datetime.fromisoformat(when).replace(tzinfo=LONDON)


@pytest.mark.parametrize(
    "start, hours, deadline",
    [
        ("2026-03-09T10:00", 1, "2026-03-09T11:00"),  # Monday morning
        ("2026-03-09T16:30", 1, "2026-03-10T09:30"),  # half an hour today, half tomorrow
        ("2026-03-06T16:30", 1, "2026-03-09T09:30"),  # Friday afternoon: Monday morning
        ("2026-03-06T22:00", 1, "2026-03-09T10:00"),  # Friday night
        ("2026-04-02T16:30", 1, "2026-04-07T09:30"),  # Good Friday and Easter Monday are bank holidays
        ("2026-03-27T16:30", 1, "2026-03-30T09:30"),  # the clocks go forward on the Sunday between
        ("2026-03-09T07:00", 9, "2026-03-10T10:00"),  # before opening: the whole day, then an hour
    ],
)
def test_deadlines_count_only_working_time(start, hours, deadline):
    assert OFFICE.add(at(start), timedelta(hours=hours)) == at(deadline)


def test_open_and_the_next_close():
    assert OFFICE.is_open(at("2026-03-09T09:00")) and OFFICE.is_open(at("2026-03-09T16:59"))
    assert not OFFICE.is_open(at("2026-03-09T17:00")) and not OFFICE.is_open(at("2026-03-07T12:00"))
    assert OFFICE.next_close(at("2026-03-09T10:00")) == at("2026-03-09T17:00")
    assert OFFICE.next_close(at("2026-03-06T22:00")) == at("2026-03-09T17:00")


def test_other_hours_and_days_can_be_set():
    weekend_cover = parse("10:00 - 14:00", "sat, Sun", "Europe/London")
    assert weekend_cover.add(at("2026-03-06T22:00"), timedelta(hours=5)) == at("2026-03-08T11:00")


@pytest.mark.parametrize(
    "setting, value, error",
    [
        ("WORKING_HOURS", "9 till 5", "WORKING_HOURS must look like 09:00-17:00"),
        ("WORKING_HOURS", "17:00-09:00", "WORKING_HOURS must close after it opens"),
        ("WORKING_DAYS", "Weekdays", "WORKING_DAYS must list days"),
        ("WORKING_DAYS", "", "WORKING_DAYS must list days"),
        ("OUT_OF_HOURS_PHONE", "01234 567890", "OUT_OF_HOURS_PHONE must be a mobile number"),
    ],
)
def test_wrong_settings_stop_the_app_starting(setting, value, error):
    with pytest.raises(ValueError, match=error):
        create_app("test", **{setting: value})
