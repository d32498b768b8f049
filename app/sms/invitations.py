"""Inviting a person by text: the invitation, its conversation and the first text, in one transaction."""

from datetime import date

from flask_babel import force_locale

from app.consult.tokens import create_invitation
from app.extensions import db
from app.messaging import phones
from app.messaging.outbox import enqueue
from app.models import Channel, Child, Respondent, SmsConversation
from app.questionnaires import versions
from app.sms import texts
from app.sms.conversation import link_url

QUESTIONNAIRE_FOR = {Respondent.PARENT: "parent", Respondent.CARER: "carer"}


def invite(child: Child, respondent: Respondent, e164: str) -> SmsConversation:
    """Invite this person to answer before the child's next review; the caller commits."""
    questionnaire = QUESTIONNAIRE_FOR.get(respondent) or versions.for_child(child, date.today()).id
    invitation, token = create_invitation(child, child.next_review, questionnaire, channel=Channel.SMS)
    invitation.respondent = respondent
    phone = phones.find_or_add(e164)
    conversation = SmsConversation(invitation=invitation, phone=phone)
    db.session.add(conversation)
    with force_locale(child.preferred_language):
        meeting = child.next_review.due_on if child.next_review else None
        enqueue(phone, texts.invitation(link_url(token), meeting), "invitation")
    return conversation
