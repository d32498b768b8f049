"""Every email the service sends to children, parents and carers. Bland on purpose, as texts are (docs/domain.md, Privacy):
someone else may read the inbox, so no email names care or the child's situation."""

from flask_babel import gettext as _

from app.models import Review
from app.reviews import meetings


def email_text(link: str, review: Review | None) -> tuple[str, str]:
    """Subject and body: bland, as a text is (docs/domain.md, Privacy), never naming care or the child's situation. It says when
    and where the meeting is, or before it is booked the day it will be before."""
    subject = _("A message from your IRO")
    meeting = meetings.sentence(review)
    if meeting is None:
        body = _("You have a message from your IRO. Open: %(link)s", link=link)
    else:
        body = _("You have a message from your IRO. %(meeting)s Open: %(link)s", link=link, meeting=meeting)
    return subject, body + "\n"


def reminder_email_text(link: str, review: Review) -> tuple[str, str]:
    """The one reminder before the review, as bland as the invitation."""
    subject = _("A reminder from your IRO")
    body = _(
        "A reminder: your IRO would like to hear from you. %(meeting)s Open: %(link)s",
        link=link, meeting=meetings.sentence(review),
    )
    return subject, body + "\n"
