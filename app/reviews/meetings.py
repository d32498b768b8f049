"""How children, parents and carers are told when their review meeting is.

Once the IRO books the meeting they are told its day, time and place; until then, only the day it will be before
(the statutory due date). The due date is never put to them as if it were the meeting.
"""

from flask_babel import format_date, format_time
from flask_babel import gettext as _

from app.models import Review


def when(review: Review, place: bool = True) -> str:
    """"on Tuesday 3 March at 4:00 PM at your home", "… by video", or before it is booked "before 25 December".

    `place=False` leaves a place out, for a text that would otherwise run past its segment budget."""
    if not review.meeting_booked:
        return _("before %(date)s", date=format_date(review.due_on, "d MMMM"))
    day = format_date(review.meeting_on, "EEEE d MMMM")
    # A meeting's time is the wall-clock time where it happens, so it is not moved into another time zone.
    hour = format_time(review.meeting_time, "short", rebase=False)
    if review.meeting_by_video:
        return _("on %(day)s at %(time)s by video", day=day, time=hour)
    if place and review.meeting_place:
        return _("on %(day)s at %(time)s at %(place)s", day=day, time=hour, place=review.meeting_place)
    return _("on %(day)s at %(time)s", day=day, time=hour)


def sentence(review: Review | None, place: bool = True) -> str | None:
    """One sentence about the meeting for a text, email or letter: when it will be, or when it was (feedback)."""
    if review is None:
        return None
    if review.held_on is not None:
        return _("The meeting was on %(date)s.", date=format_date(review.held_on, "d MMMM yyyy"))
    return _("The meeting will be %(when)s.", when=when(review, place))
