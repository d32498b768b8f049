"""Plain functions making SMS test data."""

from app.extensions import db
from app.invitations.sending import invite
from app.models import Channel, Respondent, SmsConversation


def invite_by_text(child, number: str = "+447911123456", respondent: Respondent = Respondent.CHILD):
    """What staff do on the child's page: invite someone by text. Returns the conversation."""
    invitation = invite(child, respondent, Channel.SMS, address=number).invitation
    db.session.commit()
    return db.session.scalar(db.select(SmsConversation).where(SmsConversation.invitation_id == invitation.id))
