"""The data model. Importing this package registers every table with SQLAlchemy."""

from app.models.alert import AlertKind, StaffAlert
from app.models.allocation import Allocation
from app.models.audit import AuditEvent
from app.models.child import Child
from app.models.contact import Contact, ProfessionalKind
from app.models.invitation import Channel, Invitation, InvitationStatus, Respondent
from app.models.outbox import EmailStatus, ErrorKind, MessageStatus, OutboundEmail, OutboundSms
from app.models.phone import PhoneNumber
from app.models.review import ChildPart, ParticipationCode, Review
from app.models.sms_conversation import ConversationState, InboundSms, InvitationLink, SmsConversation
from app.models.staff import NotifyBy, Role, StaffMember
from app.models.staff_account import AccountLink, LinkPurpose, RecoveryCode, StaffSession
from app.models.submission import Answer, Submission, SubmissionState

__all__ = [
    "AccountLink",
    "AlertKind",
    "Allocation",
    "Answer",
    "AuditEvent",
    "Channel",
    "Child",
    "ChildPart",
    "Contact",
    "ConversationState",
    "EmailStatus",
    "ErrorKind",
    "InboundSms",
    "Invitation",
    "InvitationLink",
    "InvitationStatus",
    "LinkPurpose",
    "MessageStatus",
    "NotifyBy",
    "OutboundEmail",
    "OutboundSms",
    "ParticipationCode",
    "PhoneNumber",
    "ProfessionalKind",
    "RecoveryCode",
    "Respondent",
    "Review",
    "Role",
    "SmsConversation",
    "StaffAlert",
    "StaffMember",
    "StaffSession",
    "Submission",
    "SubmissionState",
]
