"""Writes the audit trail of who looked at which child's views."""

from flask_login import current_user

from app.extensions import db
from app.models import AuditEvent, Child, Submission


def record(action: str, child: Child | None = None, submission: Submission | None = None) -> None:
    """Add an audit event to the session; the caller's commit writes it."""
    db.session.add(
        AuditEvent(
            staff_id=current_user.id,
            action=action,
            child_id=child.id if child else None,
            submission_id=submission.id if submission else None,
        )
    )
