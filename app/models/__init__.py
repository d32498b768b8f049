"""The data model. Importing this package registers every table with SQLAlchemy."""

from app.models.allocation import Allocation
from app.models.audit import AuditEvent
from app.models.child import Child
from app.models.invitation import Channel, Invitation, InvitationStatus, Respondent
from app.models.outbox import OutboundSms, SmsStatus
from app.models.phone import PhoneNumber
from app.models.review import ParticipationCode, Review
from app.models.sms_conversation import ConversationState, InboundSms, InvitationLink, SmsConversation
from app.models.staff import Role, StaffMember
from app.models.submission import Answer, Submission, SubmissionState

__all__ = [
    "Allocation",
    "Answer",
    "AuditEvent",
    "Channel",
    "Child",
    "ConversationState",
    "InboundSms",
    "Invitation",
    "InvitationLink",
    "InvitationStatus",
    "OutboundSms",
    "ParticipationCode",
    "PhoneNumber",
    "Respondent",
    "Review",
    "Role",
    "SmsConversation",
    "SmsStatus",
    "StaffMember",
    "Submission",
    "SubmissionState",
]
