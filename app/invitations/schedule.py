"""When invitations go out by themselves, as data: each rule says what goes out, which day of the review it is
counted from, and how far before or after it (docs/domain.md, The schedule)."""

import enum
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from app.models import Review
from app.reviews.timescales import add_working_days


class Anchor(enum.StrEnum):
    """The day of a review a rule is counted from, named by the Review column that holds it."""

    REVIEW_DAY = "expected_on"  # its meeting once booked, else the day it is due
    RECORDED_HELD = "recorded_at"  # the day staff recorded it as held here (UTC)


class Unit(enum.StrEnum):
    """What a rule's offset counts."""

    WORKING_DAYS = "working days"  # weekends and bank holidays skipped
    DAYS = "days"


@dataclass(frozen=True)
class Rule:
    """One thing that goes out by itself: `offset` `unit`s from the review's `relative_to` day."""

    what: str
    relative_to: Anchor
    offset: int  # negative: before the anchor day
    unit: Unit

    def anchor(self, review: Review) -> date | None:
        """The review's day this rule counts from, if it has one."""
        value = getattr(review, self.relative_to.value)
        return value.date() if isinstance(value, datetime) else value

    def day(self, anchor: date) -> date:
        """The day this goes out for a review whose anchor day is `anchor`."""
        if self.unit is Unit.WORKING_DAYS:
            return add_working_days(anchor, self.offset)
        return anchor + timedelta(days=self.offset)

    def last_anchor(self, today: date) -> date:
        """The latest anchor day for which this is due by today: counted back from today by the rule."""
        if self.unit is Unit.WORKING_DAYS:
            return add_working_days(today, -self.offset)
        return today - timedelta(days=self.offset)


CONSULTATION = Rule("consultation", Anchor.REVIEW_DAY, -10, Unit.WORKING_DAYS)
REMINDER = Rule("reminder", Anchor.REVIEW_DAY, -5, Unit.WORKING_DAYS)
FEEDBACK = Rule("feedback", Anchor.RECORDED_HELD, 1, Unit.DAYS)

SCHEDULE = (CONSULTATION, REMINDER, FEEDBACK)
