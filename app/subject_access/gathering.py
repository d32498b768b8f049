"""Everything held about one person on a child's record, read back decrypted, under keys that stay the same."""

import re
from collections.abc import Iterable
from datetime import date, datetime, time
from typing import Any

from flask_babel import lazy_gettext as _l
from sqlalchemy import or_

from app.audit.actions import Action, label_of
from app.definitions.questionnaire import Purpose
from app.extensions import db
from app.models import (
    AuditEvent,
    Child,
    Contact,
    InboundSms,
    Invitation,
    InvitationLink,
    OutboundEmail,
    OutboundSms,
    PhoneNumber,
    Respondent,
    Review,
    SmsConversation,
    StaffAlert,
    StaffMember,
    Submission,
)
from app.questionnaires.answers import display_answer
from app.questionnaires.registry import QUESTIONNAIRES

# The secret part of an invitation link in a text or email body: whoever holds it can answer as the person.
LINK_SECRET = re.compile(r"/c/[A-Za-z0-9_-]+")
LINK_SECRET_REMOVED = "/c/[secret removed]"

# Said at the top of data.json and index.html, so the person knows what is not there, and why.
NOTES = (
    _l("Invitation links: the secret in a link is never stored, only a one-way hash of it, which cannot be turned "
       "back into the link. So no link appears here, and links quoted in texts and emails have their secret removed."),
    _l("Texts received: we keep when a text arrived, never its words. Answers given by text are with the other answers."),
    _l("Dates and times are in UTC. Each answer is given as stored and as a person reads it."),
)


def contact_detail(contact: Contact) -> str:
    """How the audit trail names a subject access request about this person, before the request's reference."""
    return f"contact {contact.id}: "


def about_child(child: Child) -> dict[str, Any]:
    """The child's own record, and what they were sent and answered (not what their parents or carers answered)."""
    invitations = _invitations_where(Invitation.child_id == child.id, Invitation.respondent == Respondent.CHILD)
    submissions = _submissions_of(invitations)
    own = [s.id for s in submissions]
    events = db.session.scalars(
        db.select(AuditEvent)
        .where(AuditEvent.child_id == child.id, AuditEvent.action != Action.SUBJECT_ACCESS_CONTACT.value)
        .where(or_(AuditEvent.submission_id.is_(None), AuditEvent.submission_id.in_(own)))
        .order_by(AuditEvent.at, AuditEvent.id)
    ).all()
    return {
        "subject": "child",
        "person": {
            "id": child.id,
            "reference": child.reference,
            "first_name": child.first_name,
            "last_name": child.last_name,
            "date_of_birth": _when(child.date_of_birth),
            "looked_after_since": _when(child.looked_after_since),
            "preferred_language": child.preferred_language,
            "questionnaire_chosen_by_iro": child.questionnaire_choice,
            "mobile": child.mobile.number if child.mobile else None,
            "mobile_opted_out_at": _when(child.mobile.opted_out_at) if child.mobile else None,
            "caseload_figures": {
                "next_review_due_on": _when(child.next_due_on),
                "unread_views": child.unread_views,
                "views_sent": child.views_sent,
                "open_urgent_flags": child.open_urgent_flags,
                "open_check_ins": child.open_check_ins,
            },
            "allocations": [
                {"iro": a.iro.name, "starts_on": _when(a.starts_on), "ends_on": _when(a.ends_on)} for a in child.allocations
            ],
        },
        **_common(invitations, submissions, {child.mobile_id}, events),
        "emails_sent": [],
        "meetings": [_review(review) for review in child.reviews],
    }


def about_contact(contact: Contact) -> dict[str, Any]:
    """A parent's, carer's or professional's record, and what they were sent and answered (not the child's answers
    or anyone else's)."""
    invitations = _invitations_where(Invitation.contact_id == contact.id)
    submissions = _submissions_of(invitations)
    own = [s.id for s in submissions]
    events = db.session.scalars(
        db.select(AuditEvent)
        .where(
            or_(
                AuditEvent.submission_id.in_(own),
                (AuditEvent.action == Action.SUBJECT_ACCESS_CONTACT.value)
                & (AuditEvent.child_id == contact.child_id)
                & AuditEvent.detail.startswith(contact_detail(contact), autoescape=True),
            )
        )
        .order_by(AuditEvent.at, AuditEvent.id)
    ).all()
    emails = db.session.scalars(
        db.select(OutboundEmail).where(OutboundEmail.contact_id == contact.id).order_by(OutboundEmail.created_at, OutboundEmail.id)
    ).all()
    reviews = {invitation.review.id: invitation.review for invitation in invitations if invitation.review is not None}
    return {
        "subject": contact.respondent.value,
        "person": {
            "id": contact.id,
            "name": contact.name,
            "role": contact.respondent.value,
            "professional_kind": contact.kind.value if contact.kind else None,
            "mobile": contact.mobile.number if contact.mobile else None,
            "mobile_opted_out_at": _when(contact.mobile.opted_out_at) if contact.mobile else None,
            "email": contact.email,
            "language": contact.language,
            "on_the_record": contact.active,
            "added_at": _when(contact.created_at),
        },
        **_common(invitations, submissions, {contact.mobile_id}, events),
        "emails_sent": [
            {
                "id": email.id,
                "to": email.to_address,
                "subject": email.subject,
                "body": _without_link_secrets(email.body),
                "purpose": email.purpose,
                "status": email.status.value,
                "created_at": _when(email.created_at),
                "sent_at": _when(email.sent_at),
            }
            for email in emails
        ],
        "meetings": [_meeting_for(contact, review) for _, review in sorted(reviews.items())],
    }


def _common(invitations: list[Invitation], submissions: list[Submission], phone_ids: set, events: Iterable[AuditEvent]) -> dict:
    """What every person's record has: invitations, answers, flags, texts and conversations, and the audit trail."""
    conversations = db.session.scalars(
        db.select(SmsConversation)
        .where(SmsConversation.invitation_id.in_([i.id for i in invitations]))
        .order_by(SmsConversation.created_at, SmsConversation.id)
    ).all()
    phones = {phone for phone in phone_ids | {c.phone_id for c in conversations} if phone is not None}
    texts = db.session.scalars(
        db.select(OutboundSms).where(OutboundSms.phone_id.in_(phones)).order_by(OutboundSms.created_at, OutboundSms.id)
    ).all()
    numbers = {p.id: p.number for p in db.session.scalars(db.select(PhoneNumber).where(PhoneNumber.id.in_(phones)))}
    received = db.session.scalars(
        db.select(InboundSms).where(InboundSms.phone_id.in_(phones)).order_by(InboundSms.received_at, InboundSms.id)
    ).all()
    alerts = db.session.scalars(
        db.select(StaffAlert)
        .where(StaffAlert.submission_id.in_([s.id for s in submissions]))
        .order_by(StaffAlert.created_at, StaffAlert.id)
    ).all()
    return {
        "invitations": [_invitation(invitation) for invitation in invitations],
        "consultations": [_submission(s) for s in submissions if _purpose(s) is not Purpose.FEEDBACK],
        "feedback": [_submission(s) for s in submissions if _purpose(s) is Purpose.FEEDBACK],
        "flags": [flag for s in submissions for flag in _flags(s)],
        "staff_alerts": [
            {"submission_id": a.submission_id, "kind": a.kind, "channel": a.channel, "staff": a.staff.name, "at": _when(a.created_at)}
            for a in alerts
        ],
        "texts_sent": [
            {
                "id": text.id,
                "to": text.phone.number,
                "purpose": text.purpose,
                "body": _without_link_secrets(text.body),
                "status": text.status.value,
                "error": text.error_kind.value if text.error_kind else None,
                "created_at": _when(text.created_at),
            }
            for text in texts
        ],
        "texts_received": [{"from": numbers.get(text.phone_id), "received_at": _when(text.received_at)} for text in received],
        "sms_conversations": [
            {
                "id": c.id,
                "invitation_id": c.invitation_id,
                "number": c.phone.number,
                "state": c.state.value,
                "last_question_asked": c.question_id,
                "created_at": _when(c.created_at),
                "last_activity_at": _when(c.last_activity_at),
                "nudged_at": _when(c.nudged_at),
                "reminded_at": _when(c.reminded_at),
            }
            for c in conversations
        ],
        "audit_events": [
            {
                "at": _when(event.at),
                "by": event.staff.name if event.staff else None,
                "action": event.action,
                "action_label": label_of(event.action),
                "detail": event.detail,
            }
            for event in events
        ],
    }


def _invitations_where(*conditions) -> list[Invitation]:
    return list(db.session.scalars(db.select(Invitation).where(*conditions).order_by(Invitation.created_at, Invitation.id)))


def _submissions_of(invitations: list[Invitation]) -> list[Submission]:
    return [invitation.submission for invitation in invitations if invitation.submission is not None]


def _purpose(submission: Submission) -> Purpose | None:
    questionnaire = QUESTIONNAIRES.get(submission.questionnaire)
    return questionnaire.purpose if questionnaire else None


def _invitation(invitation: Invitation) -> dict:
    questionnaire = QUESTIONNAIRES.get(invitation.questionnaire)
    further = db.session.scalars(
        db.select(InvitationLink.created_at).where(InvitationLink.invitation_id == invitation.id).order_by(InvitationLink.created_at)
    ).all()
    return {
        "id": invitation.id,
        "questionnaire": invitation.questionnaire,
        "questionnaire_name": str(questionnaire.name) if questionnaire else None,
        "respondent": invitation.respondent.value,
        "channel": invitation.channel.value,
        "language": invitation.language,
        "review_id": invitation.review_id,
        "created_at": _when(invitation.created_at),
        "expires_at": _when(invitation.expires_at),
        "reminded_at": _when(invitation.reminded_at),
        "status": invitation.status.value,
        "link_held": False,
        "letter_code_printed": invitation.short_code_hash is not None,
        "further_links_made_at": [_when(made) for made in further],
    }


def _submission(submission: Submission) -> dict:
    questionnaire = QUESTIONNAIRES.get(submission.questionnaire)
    answers = []
    for answer in sorted(submission.answers, key=lambda a: (a.saved_at, a.id)):
        question = questionnaire.question(answer.question_id) if questionnaire else None
        answers.append(
            {
                "question_id": answer.question_id,
                "question": str(question.title) if question else None,
                "answer": answer.value,
                "reads_as": display_answer(question, answer.value) if question else None,
                "saved_at": _when(answer.saved_at),
            }
        )
    return {
        "id": submission.id,
        "invitation_id": submission.invitation_id,
        "questionnaire": submission.questionnaire,
        "questionnaire_name": str(questionnaire.name) if questionnaire else None,
        "state": submission.state.value,
        "review_id": submission.review_id,
        "started_at": _when(submission.started_at),
        "submitted_at": _when(submission.submitted_at),
        "read_at": _when(submission.read_at),
        "read_by": _name(submission.read_by),
        "answers": answers,
    }


def _flags(submission: Submission) -> list[dict]:
    flags = []
    if submission.urgent_at:
        flags.append(
            {
                "submission_id": submission.id,
                "kind": "urgent",
                "reason": submission.urgent_reason,
                "raised_at": _when(submission.urgent_at),
                "acknowledge_by": _when(submission.urgent_acknowledge_by),
                "acknowledged_at": _when(submission.urgent_acknowledged_at),
                "acknowledged_by": _name(submission.urgent_acknowledged_by),
                "managers_told_at": _when(submission.urgent_escalated_at),
                "out_of_hours_told_at": _when(submission.urgent_out_of_hours_at),
                "handled_at": _when(submission.urgent_handled_at),
                "handled_by": _name(submission.urgent_handled_by),
                "what_was_done": submission.urgent_action,
            }
        )
    if submission.check_in_at:
        flags.append(
            {
                "submission_id": submission.id,
                "kind": "check_in",
                "raised_at": _when(submission.check_in_at),
                "done_at": _when(submission.check_in_done_at),
                "done_by": _name(submission.check_in_done_by),
            }
        )
    return flags


def _review(review: Review) -> dict:
    """A review of the child's care plan and its meeting, as the child's record holds it."""
    return {
        "review_id": review.id,
        "due_on": _when(review.due_on),
        "held_on": _when(review.held_on),
        "participation_code": review.participation_code.value if review.participation_code else None,
        "meeting_on": _when(review.meeting_on),
        "meeting_time": _when(review.meeting_time),
        "meeting_by_video": review.meeting_by_video,
        "meeting_place": review.meeting_place,
        "meeting_invited": review.meeting_invited,
        "child_part": review.child_part.value if review.child_part else None,
        "parents_attended": review.parents_attended,
        "carers_attended": review.carers_attended,
        "professionals_attended": review.professionals_attended,
        "chaired_by": _name(review.chaired_by),
        "reply_to_child": review.reply_to_child,
        "replied_at": _when(review.replied_at),
        "recorded_at": _when(review.recorded_at),
    }


ATTENDED = {
    Respondent.PARENT: "parents_attended",
    Respondent.CARER: "carers_attended",
    Respondent.PROFESSIONAL: "professionals_attended",
}


def _meeting_for(contact: Contact, review: Review) -> dict:
    """A review an adult was invited about: its meeting, and whether people like them came (not the child's part in it)."""
    attended = ATTENDED.get(contact.respondent)
    return {
        "review_id": review.id,
        "due_on": _when(review.due_on),
        "held_on": _when(review.held_on),
        "meeting_on": _when(review.meeting_on),
        "meeting_time": _when(review.meeting_time),
        "meeting_by_video": review.meeting_by_video,
        "meeting_place": review.meeting_place,
        attended: getattr(review, attended),
    }


def _without_link_secrets(body: str) -> str:
    return LINK_SECRET.sub(LINK_SECRET_REMOVED, body)


def _name(member: StaffMember | None) -> str | None:
    return member.name if member is not None else None


def _when(value: date | datetime | time | None) -> str | None:
    return value.isoformat() if value is not None else None
