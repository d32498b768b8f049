"""Invitations and reminders by email, always through the outbox (app/messaging/email_outbox.py): the worker sends
them and tries again when the mail server fails, and they show on the text and email status page."""

from flask_babel import force_locale

from app.invitations import wording
from app.invitations.links import invitation_url
from app.invitations.people import language_of
from app.invitations.tokens import create_extra_link
from app.messaging.email_outbox import enqueue_email
from app.models import Invitation


def invite(invitation: Invitation, token: str, address: str) -> None:
    """Queue the invitation's email; the caller's commit writes it with the invitation."""
    with force_locale(language_of(invitation)):
        subject, body = wording.invitation_email(invitation_url(token), invitation.review)
    enqueue_email(address, subject, body, "invitation", contact=invitation.contact)


def remind(invitation: Invitation) -> None:
    """Queue the one reminder before the review to the contact it was sent to, with a further link."""
    with force_locale(language_of(invitation)):
        subject, body = wording.reminder_email(invitation_url(create_extra_link(invitation)), invitation.review)
    enqueue_email(invitation.contact.email, subject, body, "reminder", contact=invitation.contact)
