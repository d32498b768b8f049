"""Inviting a person by text: the invitation, its conversation and the first text, in one transaction; and
telling a child who answered by text that their IRO has written to them."""

from datetime import date

from flask_babel import force_locale
from sqlalchemy import select

from app.consult.tokens import create_extra_link, create_invitation
from app.extensions import db
from app.links import invitation_url
from app.messaging import phones
from app.messaging.outbox import enqueue
from app.models import Channel, Child, Contact, Invitation, Respondent, Review, SmsConversation, Submission, SubmissionState
from app.questionnaires import versions
from app.sms import texts

def invite(
    child: Child,
    respondent: Respondent,
    e164: str,
    *,
    contact: Contact | None = None,
    review: Review | None = None,
    questionnaire: str | None = None,
) -> SmsConversation:
    """Invite this person to answer, by default the consultation before the child's next review; the caller commits.

    A parent or carer on the child's record is named as `contact`: the invitation records it, and the text is in their
    language. For feedback, pass the review that was held and the feedback questionnaire."""
    review = review if review is not None else child.next_review
    questionnaire = questionnaire or versions.consultation_for(child, respondent, date.today())
    invitation, token = create_invitation(child, review, questionnaire, channel=Channel.SMS)
    invitation.respondent = respondent
    phone = phones.find_or_add(e164)
    if contact is None:
        contact = matching_contact(child, respondent, phone=phone)
    invitation.contact = contact
    conversation = SmsConversation(invitation=invitation, phone=phone)
    db.session.add(conversation)
    with force_locale(language_of(invitation)):
        enqueue(phone, texts.invitation(invitation_url(token), review), "invitation")
    return conversation


def language_of(invitation: Invitation) -> str:
    """The language a person's texts and emails are in: a parent's or carer's own, else the child's."""
    if invitation.contact is not None and invitation.contact.language:
        return invitation.contact.language
    return invitation.child.preferred_language


def matching_contact(child: Child, respondent: Respondent, phone=None, email: str | None = None) -> Contact | None:
    """The active parent or carer on the child's record with this mobile or email address, if there is one, so that
    an invitation sent by hand counts as theirs and the scheduled send does not invite them again."""
    if respondent not in versions.ADULT_CONSULTATIONS:
        return None
    for contact in child.contacts:
        if not contact.active or contact.respondent is not respondent:
            continue
        if phone is not None and contact.mobile is not None and contact.mobile.number == phone.number:
            return contact
        if email and contact.email and contact.email.strip().lower() == email.strip().lower():
            return contact
    return None


def tell_child_of_note(review: Review) -> bool:
    """Text the child that their IRO has written, if they answered this review's consultation by text.

    The text links to their consultation, where the note shows; it never carries the note. Returns whether
    a text was queued."""
    conversation = db.session.scalar(
        select(SmsConversation)
        .join(Invitation, Invitation.id == SmsConversation.invitation_id)
        .join(Submission, Submission.invitation_id == Invitation.id)
        .where(Submission.review_id == review.id, Invitation.respondent == Respondent.CHILD)
        .where(Submission.state == SubmissionState.SUBMITTED)
        .order_by(SmsConversation.id.desc())
        .limit(1)
    )
    if conversation is None:
        return False
    with force_locale(language_of(conversation.invitation)):
        text = texts.note_from_iro(invitation_url(create_extra_link(conversation.invitation)))
    return enqueue(conversation.phone, text, "note") is not None
