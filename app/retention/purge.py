"""What is deleted, when, and in what batches (docs/records-and-retention.md)."""

import logging
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta

from dateutil.relativedelta import relativedelta
from sqlalchemy import and_, delete, exists, or_, select

from app import audit
from app.audit.actions import Action
from app.definitions.questionnaire import Purpose
from app.extensions import db
from app.models import (
    Answer,
    InboundSms,
    Invitation,
    OutboundEmail,
    OutboundSms,
    Review,
    SmsConversation,
    Submission,
    SubmissionState,
)
from app.models.time import utcnow
from app.questionnaires.registry import QUESTIONNAIRES

log = logging.getLogger(__name__)

CONSULTATIONS = tuple(q.id for q in QUESTIONNAIRES.values() if q.purpose is Purpose.CONSULTATION)
BATCH = 100
# Every count the command reports, in the order it prints them.
COUNTED = ("reviews", "submissions", "answers", "conversations", "texts_sent", "texts_received", "emails", "drafts")


def cutoff(today: date, months: int) -> date:
    """Reviews held on or before this day are old enough."""
    return today - relativedelta(months=months)


def purge(today: date, months: int, batch: int = BATCH) -> Counter:
    """Delete what was said for each review held `months` or more before `today` whose views are in the case
    record, and unsent drafts untouched as long; commit after every batch. Returns counts of what went."""
    counts: Counter = Counter({name: 0 for name in COUNTED})
    while ids := db.session.scalars(_due_reviews(cutoff(today, months)).limit(batch)).all():
        for review in db.session.scalars(select(Review).where(Review.id.in_(ids))):
            _purge_review(review, counts)
        db.session.commit()
    old = datetime.combine(cutoff(today, months), time.min, tzinfo=UTC)
    while ids := db.session.scalars(_old_drafts(old).limit(batch)).all():
        counts["answers"] += _empty(ids)
        counts["drafts"] += len(ids)
        db.session.commit()
    log.info("Retention purge deleted: %s", ", ".join(f"{name} {counts[name]}" for name in COUNTED))
    return counts


def _due_reviews(held_by: date):
    views = and_(
        Submission.review_id == Review.id,
        Submission.state == SubmissionState.SUBMITTED,
        Submission.questionnaire.in_(CONSULTATIONS),
    )
    # In the case record: downloaded after the last of its views arrived, or every one of them read by the IRO.
    exported_since = and_(Review.exported_at.is_not(None), ~exists().where(views, Submission.submitted_at > Review.exported_at))
    all_read = ~exists().where(views, Submission.read_at.is_(None))
    # An urgent flag nobody has recorded an outcome for keeps everything until someone does.
    flag_open = exists().where(
        Submission.review_id == Review.id, Submission.urgent_at.is_not(None), Submission.urgent_handled_at.is_(None)
    )
    return (
        select(Review.id)
        .where(Review.held_on.is_not(None), Review.held_on <= held_by, Review.purged_at.is_(None))
        .where(or_(exported_since, all_read), ~flag_open)
        .order_by(Review.id)
    )


def _purge_review(review: Review, counts: Counter) -> None:
    submissions = db.session.scalars(
        select(Submission.id).where(Submission.review_id == review.id, Submission.questionnaire.in_(CONSULTATIONS))
    ).all()
    counts["answers"] += _empty(submissions)
    counts["submissions"] += len(submissions)

    invitations = db.session.execute(
        select(Invitation.id, Invitation.created_at, Invitation.contact_id).where(
            Invitation.review_id == review.id, Invitation.questionnaire.in_(CONSULTATIONS)
        )
    ).all()
    if invitations:
        # Texts and emails carry no link to a review: those to the people invited for it, from its first
        # invitation to the end of the day it was held, were about it.
        start = min(created for _, created, _ in invitations)
        end = datetime.combine(review.held_on + timedelta(days=1), time.min, tzinfo=UTC)
        invitation_ids = [invitation_id for invitation_id, _, _ in invitations]
        phones = set(db.session.scalars(select(SmsConversation.phone_id).where(SmsConversation.invitation_id.in_(invitation_ids))))
        phones -= _shared_phones(phones, invitation_ids, start, end)
        contacts = {contact for _, _, contact in invitations if contact is not None}
        counts["conversations"] += _deleted(delete(SmsConversation).where(SmsConversation.invitation_id.in_(invitation_ids)))
        if phones:
            counts["texts_sent"] += _deleted(
                delete(OutboundSms).where(OutboundSms.phone_id.in_(phones), OutboundSms.created_at >= start, OutboundSms.created_at < end)
            )
            counts["texts_received"] += _deleted(
                delete(InboundSms).where(InboundSms.phone_id.in_(phones), InboundSms.received_at >= start, InboundSms.received_at < end)
            )
        if contacts:
            counts["emails"] += _deleted(
                delete(OutboundEmail).where(
                    OutboundEmail.contact_id.in_(contacts), OutboundEmail.created_at >= start, OutboundEmail.created_at < end
                )
            )
    review.purged_at = utcnow()
    audit.record(Action.DELETED_AFTER_RETENTION, child=review.child, detail=f"review {review.id}")
    counts["reviews"] += 1


def _shared_phones(phones: set[int], invitation_ids: list[int], start: datetime, end: datetime) -> set[int]:
    """Phones that were also asked about another review at the same time (a carer of two children): their texts
    cannot be told apart, so they stay until that review's turn comes."""
    if not phones:
        return set()
    return set(
        db.session.scalars(
            select(SmsConversation.phone_id)
            .join(Invitation, Invitation.id == SmsConversation.invitation_id)
            .outerjoin(Review, Review.id == Invitation.review_id)
            .where(
                SmsConversation.phone_id.in_(phones),
                SmsConversation.invitation_id.not_in(invitation_ids),
                SmsConversation.created_at < end,
                SmsConversation.last_activity_at >= start,
                or_(Review.id.is_(None), Review.purged_at.is_(None)),
            )
        )
    )


def _old_drafts(older_than: datetime):
    has_answers = exists().where(Answer.submission_id == Submission.id)
    flag_open = and_(Submission.urgent_at.is_not(None), Submission.urgent_handled_at.is_(None))
    return (
        select(Submission.id)
        .where(Submission.state == SubmissionState.IN_PROGRESS, Submission.updated_at < older_than, has_answers, ~flag_open)
        .order_by(Submission.id)
    )


def _empty(submission_ids: list[int]) -> int:
    """Delete the submissions' answers; the rows stay, holding dates and the record of any flag."""
    if not submission_ids:
        return 0
    return _deleted(delete(Answer).where(Answer.submission_id.in_(submission_ids)))


def _deleted(statement) -> int:
    return db.session.execute(statement.execution_options(synchronize_session=False)).rowcount
