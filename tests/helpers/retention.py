"""A review held some time ago with what was said for it: views sent on the web and by text, texts and an email."""

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from app.extensions import db
from app.invitations.tokens import create_invitation as make_invitation
from app.messaging.phones import find_or_add
from app.models import (
    Channel,
    Contact,
    InboundSms,
    OutboundEmail,
    OutboundSms,
    Respondent,
    Review,
    SmsConversation,
    Submission,
    SubmissionState,
)
from tests.factories import create_child, create_staff

VIEWS = {"share_words": "yes", "feeling": "4", "going_well": "I got into the football team", "worries": ""}


@dataclass
class HeldReview:
    child_id: int
    review_id: int
    submission_ids: list[int]


def moment(day: date, hour: int = 12) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=UTC)


def held_review(held_on: date, *, number: str = "+447700900123", iro=None, feedback: bool = True) -> HeldReview:
    """A child whose review was held on `held_on`: the child's views sent on the web 20 days before, a carer's by
    text (a conversation, texts both ways, and an email to the carer), and, after the review, the child's feedback."""
    child = create_child(iro=iro or create_staff(), review_in_days=None)
    review = Review(due_on=held_on, held_on=held_on)
    child.reviews.append(review)
    carer = Contact(child=child, respondent=Respondent.CARER, name="Pat Carer", email="pat@example.org")
    db.session.add(carer)
    db.session.flush()
    invited = moment(held_on - timedelta(days=20))

    web, _ = make_invitation(child, review, "child_8_11")
    text, _ = make_invitation(child, review, "carer", Channel.SMS)
    text.respondent, text.contact = Respondent.CARER, carer
    submissions = []
    for invitation, answers in ((web, VIEWS), (text, {"progress": "well"})):
        invitation.created_at = invited
        submission = Submission(invitation=invitation, child=child, review=review, questionnaire=invitation.questionnaire)
        for question_id, value in answers.items():
            submission.save_answer(question_id, value)
        submission.state = SubmissionState.SUBMITTED
        submission.submitted_at = invited + timedelta(days=2)
        db.session.add(submission)
        submissions.append(submission)

    phone = find_or_add(number)
    db.session.flush()
    db.session.add_all([
        SmsConversation(invitation=text, phone=phone, created_at=invited, last_activity_at=invited + timedelta(days=2)),
        OutboundSms(phone=phone, purpose="invitation", body="Hello from Listen to Me", created_at=invited),
        OutboundSms(phone=phone, purpose="question", body="Do you feel safe?", created_at=invited + timedelta(days=1)),
        InboundSms(message_sid="SM" + uuid.uuid4().hex, phone_id=phone.id, received_at=invited + timedelta(days=1)),
        OutboundEmail(to_address="pat@example.org", subject="Your views", body="A link", purpose="invitation",
                      contact=carer, created_at=invited),
    ])
    if feedback:
        after, _ = make_invitation(child, review, "feedback_young_person")
        after.created_at = moment(held_on + timedelta(days=1))
        given = Submission(invitation=after, child=child, review=review, questionnaire="feedback_young_person",
                           state=SubmissionState.SUBMITTED, submitted_at=moment(held_on + timedelta(days=2)))
        given.save_answer("welcomed", "yes")
        given.save_answer("comments", "My IRO listened to me.")
        db.session.add(given)
    db.session.commit()
    return HeldReview(child.id, review.id, [s.id for s in submissions])
