"""Invitations, reminders and notes by text: queued in the outbox (app/messaging/outbox.py) in the person's language;
an invitation by text opens a conversation on its number, which the text channel (app/sms) carries on."""

from flask_babel import force_locale

from app.extensions import db
from app.invitations import wording
from app.invitations.links import invitation_url
from app.invitations.people import language_of
from app.invitations.tokens import create_extra_link
from app.messaging.outbox import enqueue
from app.models import Invitation, PhoneNumber, SmsConversation


def invite(invitation: Invitation, token: str, phone: PhoneNumber) -> SmsConversation:
    """Open the conversation on this number and queue the invitation's text."""
    conversation = SmsConversation(invitation=invitation, phone=phone)
    db.session.add(conversation)
    with force_locale(language_of(invitation)):
        enqueue(phone, wording.invitation_text(invitation_url(token), invitation.review), "invitation")
    return conversation


def remind(conversation: SmsConversation) -> None:
    """Queue the one reminder before the review, with a further link to the same invitation."""
    invitation = conversation.invitation
    with force_locale(language_of(invitation)):
        enqueue(conversation.phone, wording.reminder_text(invitation_url(create_extra_link(invitation)), invitation.review), "reminder")


def tell_of_note(conversation: SmsConversation) -> bool:
    """Queue a text saying there is a message, with a further link; returns whether it was queued (not after STOP)."""
    with force_locale(language_of(conversation.invitation)):
        text = wording.note_text(invitation_url(create_extra_link(conversation.invitation)))
    return enqueue(conversation.phone, text, "note") is not None
