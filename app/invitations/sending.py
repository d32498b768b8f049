"""The one way an invitation goes out, on any channel: by text, by email, as a printed letter, or as a link handed
over (Channel.WEB). Staff pages, the scheduled send and feedback after a review all call `invite`."""

from dataclasses import dataclass
from datetime import date

from app.invitations import versions
from app.invitations.channels import email, letter, text
from app.invitations.channels.letter import Letter
from app.invitations.links import invitation_url
from app.invitations.people import language_for, matching_contact
from app.invitations.tokens import create_invitation
from app.messaging import phones
from app.models import Channel, Child, Contact, Invitation, Respondent, Review


@dataclass(frozen=True)
class Invited:
    """An invitation just made, with what is shown of it only this once."""

    invitation: Invitation
    link: str
    letter: Letter | None = None  # for a printed letter


def invite(
    child: Child,
    respondent: Respondent,
    channel: Channel,
    *,
    address: str | None = None,
    contact: Contact | None = None,
    review: Review | None = None,
    questionnaire: str | None = None,
    language: str | None = None,
) -> Invited:
    """Invite this person to answer, by default the consultation before the child's next review; the caller commits,
    and the text or email goes out from the outbox once it has.

    `address` is the mobile number (E.164) for a text, the email address for an email. A parent or carer on the
    child's record is named as `contact`, or found by that address: the invitation records them, and its words are in
    their language, unless `language` says otherwise (a new link for one whose person chose another). For feedback, pass
    the review that was held and the feedback questionnaire."""
    review = review if review is not None else child.next_review
    questionnaire = questionnaire or versions.consultation_for(child, respondent, date.today())
    invitation, token = create_invitation(child, review, questionnaire, channel=channel)
    invitation.respondent = respondent
    phone = phones.find_or_add(address) if channel is Channel.SMS else None
    if contact is None:
        contact = matching_contact(child, respondent, phone=phone, email=address if channel is Channel.EMAIL else None)
    invitation.contact = contact
    invitation.language = language or language_for(child, contact)
    printed_letter = None
    if channel is Channel.SMS:
        text.invite(invitation, token, phone)
    elif channel is Channel.EMAIL:
        email.invite(invitation, token, address)
    elif channel is Channel.LETTER:
        printed_letter = letter.invite(invitation, token)
    return Invited(invitation, invitation_url(token), printed_letter)
