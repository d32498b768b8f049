"""Every text the service sends. Bland on purpose (DESIGN.md §6): a phone may be read by someone else,
so no text names care or echoes an answer."""

from datetime import date

from flask import current_app
from flask_babel import format_date, gettext as _


def _day(day: date) -> str:
    return format_date(day, "d MMMM yyyy")


def invitation(link: str, meeting: date | None) -> str:
    if meeting is None:
        return _("You have a message from your IRO. Open %(link)s or reply YES to answer by text. Reply STOP to stop texts.", link=link)
    return _(
        "You have a message from your IRO about the meeting on %(date)s. Open %(link)s or reply YES to answer by text. Reply STOP to stop texts.",
        link=link, date=_day(meeting),
    )


def reminder(link: str, meeting: date) -> str:
    return _(
        "A reminder: your IRO would like to hear from you before the meeting on %(date)s. Open %(link)s or reply YES to answer by text.",
        link=link, date=_day(meeting),
    )


def note_from_iro(link: str) -> str:
    """The IRO has written about what was decided: the text says only that there is a message."""
    return _("You have a message from your IRO. Open: %(link)s", link=link)


def intro(may_skip_any: bool) -> str:
    if may_skip_any:
        return _(
            "Your answers go to your IRO. If you say someone is not safe, your IRO must tell someone who can help. "
            "Reply SKIP to skip a question, BACK to go back, LINK to answer on the web, HELP for help."
        )
    return _(
        "Your answers go to the IRO. If you tell us someone is not safe, the IRO must tell someone who can help. "
        "Reply BACK to go back, SKIP to skip a question marked optional, LINK to answer on the web, HELP for help."
    )


def feedback_intro(held_on: date, may_skip_any: bool) -> str:
    """The opening of feedback by text: which review it is about, and who reads it."""
    if may_skip_any:
        return _(
            "Tell us about your review on %(date)s. Your answers help make reviews better. "
            "Reply SKIP to skip a question, BACK to go back, LINK to answer on the web, HELP for help.",
            date=_day(held_on),
        )
    return _(
        "Tell us about the review on %(date)s. Your answers help make reviews better. "
        "Reply BACK to go back, SKIP to skip a question marked optional, LINK to answer on the web, HELP for help.",
        date=_day(held_on),
    )


def welcome_back() -> str:
    return _("Welcome back. Your answers so far are saved.")


def check(answered: int, skipped: int) -> str:
    return _(
        "You have answered %(answered)s questions and skipped %(skipped)s. Reply SEND to send your answers to your IRO, "
        "BACK to change your last answer, or LINK to check them all on the web.",
        answered=answered, skipped=skipped,
    )


def sent(feedback: bool = False) -> str:
    if feedback:
        return _("Thank you. Your answers help make reviews better.")
    return _("Thank you. Your answers have gone to your IRO.")


def already_sent() -> str:
    return _("Your answers have been sent. Thank you.")


def link(url: str) -> str:
    return _("Open %(link)s to answer on the web. You can carry on by text too.", link=url)


def help_text(for_child: bool = True) -> str:
    """Where to get help: Childline and Shout for a child; for a parent, carer or professional, the NSPCC."""
    if not for_child:
        return _(
            "Need help? Call the IRO service on %(phone)s. Worried about a child? Call the NSPCC free on 0808 800 5000. "
            "In danger now? Call 999.",
            phone=current_app.config["IRO_SERVICE_PHONE"],
        )
    return _(
        "Need help? Call the IRO service on %(phone)s. Childline: call 0800 1111, free. Shout: text 85258, free. "
        "In danger now? Call 999.",
        phone=current_app.config["IRO_SERVICE_PHONE"],
    )


def unknown_number() -> str:
    return _("Sorry, we cannot answer messages from this number. If you need help, call Childline free on 0800 1111.")


def nothing_open() -> str:
    return _("There are no questions waiting for you now. Reply HELP for help.")


def nudge() -> str:
    return _("You have not finished your questions. Reply to carry on, or LINK to answer on the web.")


def timed_out() -> str:
    return _("Your questions by text have timed out. Your answers are saved. Reply YES to carry on.")


def first_question() -> str:
    return _("This is the first question.")


def must_answer(error: str) -> str:
    return _("This question needs an answer. %(error)s", error=error)


def choose_a_number(last: int) -> str:
    return _("Reply with a number from 1 to %(last)s.", last=last)


def say_what_else(option: str) -> str:
    return _("For “%(option)s”, add some words after the numbers.", option=option)


def on_its_own(option: str) -> str:
    return _("Choose “%(option)s” on its own.", option=option)
