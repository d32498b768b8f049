"""Every text the conversation by text sends (invitations, reminders and notes are in app/invitations/wording.py).
Bland on purpose (docs/domain.md, Privacy): a phone may be read by someone else, so no text names care or echoes an
answer."""

from datetime import date

from flask import current_app
from flask_babel import format_date
from flask_babel import gettext as _


def intro(may_skip_any: bool) -> str:
    if may_skip_any:
        return _(
            "Your answers go to your IRO. If you say someone is not safe, your IRO must tell someone who can help. "
            "Reply SKIP to skip a question, BACK to go back, LINK for the web, HELP for help."
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
            date=format_date(held_on, "d MMMM yyyy"),
        )
    return _(
        "Tell us about the review on %(date)s. Your answers help make reviews better. "
        "Reply BACK to go back, SKIP to skip a question marked optional, LINK to answer on the web, HELP for help.",
        date=format_date(held_on, "d MMMM yyyy"),
    )


def welcome_back() -> str:
    return _("Welcome back. Your answers so far are saved.")


def check(answered: int, skipped: int) -> str:
    """One segment, and right for any number in any language (no "1 questions")."""
    return _(
        "Answered: %(answered)s. Skipped: %(skipped)s. Reply SEND to send them to your IRO, BACK to go back, "
        "or LINK to check them on the web.",
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
            "Worried about a child? Call children's services on %(services)s, or the NSPCC free on 0808 800 5000. "
            "In danger now? Call 999. The IRO service: %(phone)s.",
            services=current_app.config["CHILDRENS_SERVICES_PHONE"], phone=current_app.config["IRO_SERVICE_PHONE"],
        )
    return _(
        "Need help? Call the IRO service on %(phone)s. Childline: call 0800 1111, free. Shout: text 85258, free. "
        "In danger now? Call 999.",
        phone=current_app.config["IRO_SERVICE_PHONE"],
    )


def unknown_number() -> str:
    # Whoever it is (a parent, a stranger, a child on a new phone): help that suits anyone, naming no one's care.
    return _(
        "Sorry, we cannot answer messages from this number. For help, call %(phone)s. In danger now? Call 999.",
        phone=current_app.config["IRO_SERVICE_PHONE"],
    )


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


def not_a_choice() -> str:
    """Said before the question is asked again, which lists the numbers."""
    return _("Sorry, that is not one of the choices.")


def kept_the_start(limit: int) -> str:
    return _("Your answer was long, so we kept the first %(limit)s characters. To send a shorter one or leave it out, reply BACK.", limit=limit)


def choose_numbers(last: int) -> str:
    return _("We could not read all of that, so nothing was saved. Reply with numbers from 1 to %(last)s, like 1 3.", last=last)


def say_what_else(option: str) -> str:
    return _("For “%(option)s”, add some words after the numbers.", option=option)


def on_its_own(option: str) -> str:
    return _("Choose “%(option)s” on its own.", option=option)
