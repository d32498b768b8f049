"""The out-of-hours contact (the local authority's emergency duty team): told of an urgent flag raised out of hours
at once, and of one nobody has acknowledged in time. Set by OUT_OF_HOURS_EMAIL and OUT_OF_HOURS_PHONE (either or both).

Like every alert, the words never name the child: they link to the child's page."""

from datetime import datetime

from flask import Flask, current_app
from flask_babel import force_locale
from flask_babel import gettext as _

from app import audit
from app.audit.actions import Action
from app.links import public_url
from app.messaging import phones
from app.messaging.email_outbox import enqueue_email
from app.messaging.outbox import enqueue
from app.models import Submission


def configured() -> bool:
    return bool(current_app.config["OUT_OF_HOURS_EMAIL"] or current_app.config["OUT_OF_HOURS_PHONE"])


def tell(submission: Submission, now: datetime) -> bool:
    """Queue the alert by every way configured, and note when; False when there is no way to reach them."""
    config = current_app.config
    with force_locale(config["BABEL_DEFAULT_LOCALE"]):
        subject = _("Urgent: a child may need help")
        words = _(
            "Urgent: a child on Listen to Me may not be safe, and nobody has said they are acting on it yet. "
            "Their page: %(link)s",
            link=public_url(f"/staff/children/{submission.child_id}"),
        )
    ways = []
    if config["OUT_OF_HOURS_EMAIL"]:
        enqueue_email(config["OUT_OF_HOURS_EMAIL"], subject, words + "\n", "out_of_hours")
        ways.append("email")
    if config["OUT_OF_HOURS_PHONE"]:
        phone = phones.find_or_add(phones.parse_mobile(config["OUT_OF_HOURS_PHONE"]))
        if enqueue(phone, words, "out_of_hours"):
            ways.append("text")
    if not ways:
        return False
    submission.urgent_out_of_hours_at = now
    audit.record_unattended(Action.TOLD_OUT_OF_HOURS, submission, detail=" and ".join(ways), at=now)
    return True


def init_app(app: Flask) -> None:
    # A number we cannot text stops the app starting, rather than failing when a child is not safe at night.
    if app.config["OUT_OF_HOURS_PHONE"]:
        try:
            phones.parse_mobile(app.config["OUT_OF_HOURS_PHONE"])
        except phones.NotAMobileNumber:
            raise ValueError("OUT_OF_HOURS_PHONE must be a mobile number we can text") from None
