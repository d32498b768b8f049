"""Who is invited and how they are reached: the language a person gets, the parent or carer on the child's record an
invitation belongs to, and who is asked for feedback after a review."""

from app.invitations.versions import ADULT_CONSULTATIONS
from app.models import Child, Contact, Invitation, PhoneNumber, Respondent, Review
from app.reviews import participation


def language_for(child: Child, contact: Contact | None) -> str:
    """The language a new invitation is in: a parent's or carer's own, else the child's."""
    if contact is not None and contact.language:
        return contact.language
    return child.preferred_language


def language_of(invitation: Invitation) -> str:
    """The language a person's pages, texts, emails, letter and reminders are in: the one their invitation was made
    in, or the one they chose since with a page's language links."""
    return invitation.language


def matching_contact(
    child: Child, respondent: Respondent, phone: PhoneNumber | None = None, email: str | None = None
) -> Contact | None:
    """The active parent or carer on the child's record with this mobile or email address, if there is one, so that
    an invitation sent by hand counts as theirs and the scheduled send does not invite them again."""
    if respondent not in ADULT_CONSULTATIONS:
        return None
    for contact in child.contacts:
        if not contact.active or contact.respondent is not respondent:
            continue
        if phone is not None and contact.mobile is not None and contact.mobile.number == phone.number:
            return contact
        if email and contact.email and contact.email.strip().lower() == email.strip().lower():
            return contact
    return None


def active_contacts(child: Child, respondent: Respondent) -> list[Contact]:
    """The parents, carers or professionals of this kind on the child's record, leaving out any taken off it."""
    return [c for c in child.contacts if c.active and c.respondent is respondent]


def feedback_respondents(review: Review) -> list[Respondent]:
    """Who took part in a held review, and so is asked what they thought of it."""
    who = []
    if review.participation_code in participation.TOOK_PART:
        who.append(Respondent.CHILD)
    if review.parents_attended:
        who.append(Respondent.PARENT)
    if review.carers_attended:
        who.append(Respondent.CARER)
    if review.professionals_attended:
        who.append(Respondent.PROFESSIONAL)
    return who
