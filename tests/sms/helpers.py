"""Plain functions making SMS test data."""

from app.extensions import db
from app.models import Respondent
from app.sms import invitations


def invite_by_text(child, number: str = "+447911123456", respondent: Respondent = Respondent.CHILD):
    """What staff do on the child's page: invite someone by text. Returns the conversation."""
    conversation = invitations.invite(child, respondent, number)
    db.session.commit()
    return conversation
