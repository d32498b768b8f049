"""Run by the SMS worker each round: reminders before reviews, one nudge in a quiet conversation, expiry."""

from datetime import datetime, timedelta

from flask import current_app
from flask_babel import force_locale
from sqlalchemy import select

from app.consult.tokens import create_extra_link
from app.extensions import db
from app.links import invitation_url
from app.messaging.outbox import enqueue
from app.models import ConversationState, SmsConversation
from app.reviews.timescales import add_working_days
from app.sms import texts
from app.sms.invitations import language_of
from app.submissions import progress

IN_PROGRESS = (ConversationState.ANSWERING, ConversationState.CHECKING)
REMINDER_WORKING_DAYS = 5  # docs/domain.md, Channels: a reminder 5 working days before the review


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
        with force_locale(language_of(invitation)):
            if conversation.state in IN_PROGRESS:
                idle = now - conversation.last_activity_at
                if idle >= expire_after:
                    # Quietly: the next text from them starts again where they left off.
                    conversation.state = ConversationState.EXPIRED
                elif idle >= quiet_for and conversation.nudged_at is None:
                    conversation.nudged_at = now
                    enqueue(conversation.phone, texts.nudge(), "nudge")
            elif conversation.state is ConversationState.INVITED and conversation.reminded_at is None:
                review = invitation.review
                if review and review.held_on is None and now.date() >= add_working_days(review.expected_on, -REMINDER_WORKING_DAYS):
                    conversation.reminded_at = now
                    enqueue(conversation.phone, texts.reminder(invitation_url(create_extra_link(invitation)), review), "reminder")
    db.session.commit()
