"""After 10 wrong passwords or codes in a row an account is locked until its password is reset (as GOV.UK
Notify does); the person is emailed a reset link at once."""

from app import audit
from app.audit.actions import Action
from app.auth import emails
from app.models import StaffMember
from app.models.time import utcnow

MAX_FAILURES = 10


def failed(member: StaffMember, action: Action) -> None:
    """Count a wrong password or code; the caller commits."""
    member.failed_sign_ins += 1
    audit.record(action, staff=member)
    if member.failed_sign_ins >= MAX_FAILURES and member.locked_at is None:
        member.locked_at = utcnow()
        audit.record(Action.LOCKED, staff=member)
        emails.locked(member)


def succeeded(member: StaffMember) -> None:
    member.failed_sign_ins = 0


def unlock(member: StaffMember) -> None:
    """A new password unlocks the account; the caller commits."""
    if member.locked_at is not None:
        audit.record(Action.UNLOCKED, subject=member, staff=member)
    member.locked_at = None
    member.failed_sign_ins = 0
