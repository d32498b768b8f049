"""What `flask invitations send-due` runs: everything that goes out by itself, on the schedule in
app/invitations/schedule.py (docs/domain.md, The schedule).

- Consultations about 10 working days before a review (its meeting once booked, else its due date): to the child by
  text, and to each parent and carer on the child's record by text, or by email when they have no mobile.
- One reminder by email 5 working days before the review to anyone invited by email who has not sent their answers
  (text reminders, on the same rule, are sent from the outbox worker's rounds: app/invitations/text_reminders.py).
- Feedback questionnaires the day after a review is recorded as held, to those who took part: the child (the picture
  version under 9), and the parents, carers and professionals on the record (professionals by email).

Safe to run twice, and safe for two runs at the same moment: each review's step, and each reminder, is claimed by an
UPDATE … WHERE … IS NULL that only one run can win, and what it sends is committed with the claim, one review at a time.
"""

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import update
from sqlalchemy.orm import selectinload

from app.extensions import db
from app.invitations import versions
from app.invitations.channels import email
from app.invitations.people import active_contacts, feedback_respondents
from app.invitations.schedule import CONSULTATION, FEEDBACK, REMINDER
from app.invitations.sending import invite
from app.models import Channel, Child, Contact, Invitation, Respondent, Review, SmsConversation
from app.models.invitation import InvitationStatus
from app.models.time import utcnow
from app.submissions import progress


@dataclass
class SendReport:
    """What one run did. People are listed by the child's reference and their role only: never names or numbers."""

    by_text: list[str] = field(default_factory=list)
    by_email: list[str] = field(default_factory=list)
    reminders: list[str] = field(default_factory=list)
    feedback_by_text: list[str] = field(default_factory=list)
    feedback_by_email: list[str] = field(default_factory=list)
    already_invited: list[str] = field(default_factory=list)
    unreachable: list[str] = field(default_factory=list)


def _who(child: Child, respondent: Respondent) -> str:
    return f"{child.reference} ({respondent.value})"


def _claim(column, where, now: datetime) -> bool:
    """Set `column` to now where it is still empty; True only for the one run that did."""
    result = db.session.execute(
        update(column.class_).where(where, column.is_(None)).values({column.key: now}).execution_options(synchronize_session=False)
    )
    return result.rowcount == 1


def send_due(today: date) -> SendReport:
    """Do everything that is due today; commits one review (or reminder) at a time."""
    report = SendReport()
    _consultations(today, report)
    _reminders(today, report)
    _feedback(today, report)
    return report


# Consultations ---------------------------------------------------------------------------------------------------


def _consultations(today: date, report: SendReport) -> None:
    horizon = CONSULTATION.last_anchor(today)
    review_ids = db.session.scalars(
        db.select(Review.id)
        .where(
            Review.held_on.is_(None),
            Review.consultations_sent_at.is_(None),
            Review.expected_on >= today,
            Review.expected_on <= horizon,
        )
        .order_by(Review.expected_on, Review.id)
    ).all()
    for review_id in review_ids:
        review = db.session.get(Review, review_id)
        child = review.child
        if child.next_review is not review:
            continue  # an earlier review not yet recorded as held comes first
        if not _claim(Review.consultations_sent_at, Review.id == review.id, utcnow()):
            db.session.rollback()
            continue  # another run has it
        _text_child(child, review, versions.for_child(child, today).id, report.by_text, report)
        for respondent in (Respondent.PARENT, Respondent.CARER):
            for contact in active_contacts(child, respondent):
                _reach(child, contact, review, versions.ADULT_CONSULTATIONS[respondent], report.by_text, report.by_email, report)
        db.session.commit()


def _text_child(child: Child, review: Review, questionnaire: str, sent: list, report: SendReport) -> None:
    """Text the child this questionnaire about this review, unless they have it already or have no mobile."""
    invited = db.session.scalar(
        db.select(Invitation.id).where(
            Invitation.review_id == review.id,
            Invitation.respondent == Respondent.CHILD,
            Invitation.questionnaire == questionnaire,
        ).limit(1)
    )
    if invited is not None:
        report.already_invited.append(_who(child, Respondent.CHILD))
    elif child.mobile is None:
        report.unreachable.append(_who(child, Respondent.CHILD))
    else:
        invite(child, Respondent.CHILD, Channel.SMS, address=child.mobile.number, review=review, questionnaire=questionnaire)
        sent.append(_who(child, Respondent.CHILD))


def _already_invited(contact: Contact, review: Review, questionnaire: str) -> bool:
    """Invited to this questionnaire for this review already: as this contact, or by hand to their mobile."""
    by_contact = db.select(Invitation.id).where(
        Invitation.review_id == review.id, Invitation.questionnaire == questionnaire, Invitation.contact_id == contact.id
    )
    if db.session.scalar(by_contact.limit(1)) is not None:
        return True
    if contact.mobile_id is None:
        return False
    by_phone = (
        db.select(Invitation.id)
        .join(SmsConversation, SmsConversation.invitation_id == Invitation.id)
        .where(
            Invitation.review_id == review.id,
            Invitation.questionnaire == questionnaire,
            SmsConversation.phone_id == contact.mobile_id,
        )
    )
    return db.session.scalar(by_phone.limit(1)) is not None


def _reach(child, contact, review, questionnaire, by_text: list, by_email: list, report: SendReport) -> None:
    """Invite one person on the record as they are reached (Contact.reached_by), or list them as not reachable."""
    who = _who(child, contact.respondent)
    if _already_invited(contact, review, questionnaire):
        report.already_invited.append(who)
    elif contact.reached_by is Channel.SMS:
        invite(
            child, contact.respondent, Channel.SMS,
            address=contact.mobile.number, contact=contact, review=review, questionnaire=questionnaire,
        )
        by_text.append(who)
    elif contact.reached_by is Channel.EMAIL:
        invite(
            child, contact.respondent, Channel.EMAIL,
            address=contact.email, contact=contact, review=review, questionnaire=questionnaire,
        )
        by_email.append(who)
    else:
        report.unreachable.append(who)


# Reminders -------------------------------------------------------------------------------------------------------


def _reminders(today: date, report: SendReport) -> None:
    """One reminder by email to each parent or carer invited by email who has not sent their answers, from 5 working
    days before the review until the day itself (if the command did not run on the day), never twice."""
    candidates = db.session.scalars(
        db.select(Invitation)
        .join(Review, Review.id == Invitation.review_id)
        .where(
            Invitation.channel == Channel.EMAIL,
            Invitation.contact_id.is_not(None),
            Invitation.reminded_at.is_(None),
            Invitation.status == InvitationStatus.ACTIVE,
            Review.held_on.is_(None),
            Review.expected_on >= today,
        )
        .options(selectinload(Invitation.contact), selectinload(Invitation.review))
        .order_by(Invitation.id)
    ).all()
    now = utcnow()
    due = []
    for invitation in candidates:
        reminder_day = REMINDER.day(REMINDER.anchor(invitation.review))
        # Only those invited before the reminder day: someone invited late is not reminded straight away.
        if reminder_day <= today and invitation.created_at.date() < reminder_day and invitation.contact.email and invitation.usable(now):
            due.append(invitation)
    for invitation in due:
        if progress.is_sent(invitation):
            continue
        if not _claim(Invitation.reminded_at, Invitation.id == invitation.id, utcnow()):
            db.session.rollback()
            continue
        email.remind(invitation)
        db.session.commit()
        report.reminders.append(_who(invitation.child, invitation.respondent))


# Feedback --------------------------------------------------------------------------------------------------------


def _feedback(today: date, report: SendReport) -> None:
    """Feedback questionnaires for each review recorded as held here before today (never for reviews imported as
    held, which have no recorded_at), to the held review itself."""
    recorded_before = datetime.combine(FEEDBACK.last_anchor(today) + timedelta(days=1), time.min, tzinfo=UTC)
    review_ids = db.session.scalars(
        db.select(Review.id)
        .where(
            Review.held_on.is_not(None),
            Review.recorded_at.is_not(None),
            Review.recorded_at < recorded_before,
            Review.feedback_sent_at.is_(None),
        )
        .order_by(Review.id)
    ).all()
    for review_id in review_ids:
        if not _claim(Review.feedback_sent_at, Review.id == review_id, utcnow()):
            db.session.rollback()
            continue
        review = db.session.get(Review, review_id)
        child = review.child
        for respondent in feedback_respondents(review):
            questionnaire = versions.feedback_for(child, respondent, review.held_on)
            if respondent is Respondent.CHILD:
                _text_child(child, review, questionnaire, report.feedback_by_text, report)
                continue
            for contact in active_contacts(child, respondent):
                _reach(child, contact, review, questionnaire, report.feedback_by_text, report.feedback_by_email, report)
        db.session.commit()
