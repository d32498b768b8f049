"""Every email the service sends to children, parents and carers. Bland on purpose, as texts are (DESIGN.md §6):
someone else may read the inbox, so no email names care or the child's situation."""

from datetime import date

from flask_babel import format_date
from flask_babel import gettext as _


def email_text(link: str, meeting: date | None) -> tuple[str, str]:
    """Subject and body: bland, as a text is (DESIGN.md §6), never naming care or the child's situation."""
    subject = _("A message from your IRO")
    if meeting is None:
        body = _("You have a message from your IRO. Open: %(link)s", link=link)
    else:
        body = _("You have a message from your IRO about the meeting on %(date)s. Open: %(link)s", link=link, date=format_date(meeting, "d MMMM yyyy"))
    return subject, body + "\n"


def reminder_email_text(link: str, meeting: date) -> tuple[str, str]:
    """The one reminder before the review, as bland as the invitation."""
    subject = _("A reminder from your IRO")
    body = _(
        "A reminder: your IRO would like to hear from you before the meeting on %(date)s. Open: %(link)s",
        link=link, date=format_date(meeting, "d MMMM yyyy"),
    )
    return subject, body + "\n"
