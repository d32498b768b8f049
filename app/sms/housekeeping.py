"""Run by the outbox worker each round: one nudge in a quiet conversation, expiry, and the reminders before reviews
(app/invitations/text_reminders.py)."""

from datetime import datetime, timedelta

from flask import current_app
from flask_babel import force_locale
from sqlalchemy import select

from app.extensions import db
from app.invitations.people import language_of
from app.invitations.text_reminders import send_text_reminders
from app.messaging.outbox import enqueue
from app.models import ConversationState, SmsConversation
from app.sms import texts
from app.submissions import progress

IN_PROGRESS = (ConversationState.ANSWERING, ConversationState.CHECKING)


def run(now: datetime) -> None:
    config = current_app.config
    quiet_for = timedelta(hours=config["SMS_NUDGE_HOURS"])
    expire_after = timedelta(days=config["SMS_CONVERSATION_DAYS"])
    open_conversations = db.session.scalars(
        select(SmsConversation).where(SmsConversation.state.not_in([ConversationState.DONE, ConversationState.EXPIRED]))
    ).all()
    for conversation in open_conversations:
        invitation = conversation.invitation
        if progress.is_sent(invitation) or not invitation.usable(now):
            conversation.state = ConversationState.DONE
            continue
        if conversation.state in IN_PROGRESS:
            idle = now - conversation.last_activity_at
            if idle >= expire_after:
                # Quietly: the next text from them starts again where they left off.
                conversation.state = ConversationState.EXPIRED
            elif idle >= quiet_for and conversation.nudged_at is None:
                conversation.nudged_at = now
                with force_locale(language_of(invitation)):
                    enqueue(conversation.phone, texts.nudge(), "nudge")
    send_text_reminders(now)
    db.session.commit()
