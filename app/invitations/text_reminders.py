"""The one reminder by text before a review (schedule.REMINDER), to anyone invited by text who has not started
answering; sent from each round of the outbox worker's housekeeping (app/sms/housekeeping.py)."""

from datetime import datetime

from sqlalchemy import select

from app.extensions import db
from app.invitations.channels import text
from app.invitations.schedule import REMINDER
from app.models import ConversationState, SmsConversation
from app.submissions import progress


def send_text_reminders(now: datetime) -> None:
    """Remind each conversation still waiting for its first reply, once, from the reminder day until the review is
    held; the caller commits."""
    waiting = db.session.scalars(
        select(SmsConversation).where(SmsConversation.state == ConversationState.INVITED, SmsConversation.reminded_at.is_(None))
    ).all()
    for conversation in waiting:
        invitation = conversation.invitation
        review = invitation.review
        if progress.is_sent(invitation) or not invitation.usable(now):
            continue
        if review and review.held_on is None and now.date() >= REMINDER.day(REMINDER.anchor(review)):
            conversation.reminded_at = now
            text.remind(conversation)
