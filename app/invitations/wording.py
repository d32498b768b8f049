"""What every invitation, reminder and note says, by text and by email. Bland on purpose (docs/domain.md, Privacy):
a phone or an inbox may be read by someone else, so nothing names care or the child's situation, or echoes an answer."""

from collections.abc import Callable

from flask import current_app
from flask_babel import gettext as _

from app.messaging.segments import is_gsm7, plain, segments
from app.models import Review
from app.reviews import meetings


def segment_budget(text: str) -> int:
    """What a text carrying a link may take: two segments in GSM-7; three in UCS-2, which any letter outside GSM-7
    forces (Welsh, Polish, Romanian, Arabic, Ukrainian), since the link alone then fills one. Questions and replies
    take two in any language (app/sms/rendering.py)."""
    return 2 if is_gsm7(plain(text)) else 3


def _fitting(write: Callable[[str | None], str], review: Review | None) -> str:
    """The text with the meeting in it if that fits the budget; else without the place (a long one, or one in letters
    outside GSM-7, would otherwise add to the cost); else without the meeting at all. The page behind the link
    says when and where."""
    for meeting in (meetings.sentence(review), meetings.sentence(review, place=False)):
        text = write(meeting)
        if meeting is None or segments(plain(text)) <= segment_budget(text):
            return text
    return write(None)


def sender() -> str:
    """Who a text is from, as the phone's owner will see it: the service and the council, never "IRO" (jargon,
    and to anyone who knows it, a sign the child is in care)."""
    config = current_app.config
    return _("%(service)s from %(council)s", service=config["SERVICE_NAME"], council=config["COUNCIL_NAME"])


def invitation_text(link: str, review: Review | None) -> str:
    """About the meeting booked for this review, or before one is booked the day it will be before."""

    def write(meeting: str | None) -> str:
        if meeting is None:
            return _("%(sender)s: you have a message. Open %(link)s or reply YES to answer by text. Reply STOP to stop texts.",
                     sender=sender(), link=link)
        return _(
            "%(sender)s: you have a message. %(meeting)s Open %(link)s or reply YES to answer by text. Reply STOP to stop texts.",
            sender=sender(), link=link, meeting=meeting,
        )

    return _fitting(write, review)


def reminder_text(link: str, review: Review) -> str:
    def write(meeting: str | None) -> str:
        if meeting is None:
            return _("%(sender)s: a reminder, we would like to hear from you. Open %(link)s or reply YES to answer by text.",
                     sender=sender(), link=link)
        return _(
            "%(sender)s: a reminder, we would like to hear from you. %(meeting)s Open %(link)s or reply YES to answer by text.",
            sender=sender(), link=link, meeting=meeting,
        )

    return _fitting(write, review)


def note_text(link: str) -> str:
    """The IRO has written about what was decided: the text says only that there is a message."""
    return _("%(sender)s: you have a message. Open: %(link)s", sender=sender(), link=link)


def invitation_email(link: str, review: Review | None) -> tuple[str, str]:
    """Subject and body. It says when and where the meeting is, or before it is booked the day it will be before."""
    subject = _("A message from your IRO")
    meeting = meetings.sentence(review)
    if meeting is None:
        body = _("You have a message from your IRO. Open: %(link)s", link=link)
    else:
        body = _("You have a message from your IRO. %(meeting)s Open: %(link)s", link=link, meeting=meeting)
    return subject, body + "\n"


def reminder_email(link: str, review: Review) -> tuple[str, str]:
    """The one reminder before the review, as bland as the invitation."""
    subject = _("A reminder from your IRO")
    body = _(
        "A reminder: your IRO would like to hear from you. %(meeting)s Open: %(link)s",
        link=link, meeting=meetings.sentence(review),
    )
    return subject, body + "\n"
