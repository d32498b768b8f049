"""The audit trail: who read which child's views, every sign-in and account change, and every refusal.

Each event notes when, who, from which address and with which browser, and which Action (app/audit/actions.py):
record() takes nothing else. Events are only ever added: once init_app has run, a flush that would change or
delete one is refused, so no page of the app can edit the trail.
"""

from datetime import datetime

from flask import Flask, has_request_context, request
from flask_login import current_user
from sqlalchemy import event
from sqlalchemy.orm import Session

from app.audit.actions import Action
from app.extensions import db
from app.models import AuditEvent, Child, StaffMember, Submission
from app.models.time import utcnow


def record(
    action: Action,
    child: Child | None = None,
    submission: Submission | None = None,
    *,
    staff: StaffMember | None = None,
    subject: StaffMember | None = None,
    detail: str | None = None,
) -> None:
    """Add an audit event to the session; the caller's commit writes it. `staff` is the actor when nobody is
    signed in yet (a failed sign-in); `subject` the account acted on."""
    _check(action)
    signed_in = has_request_context() and current_user.is_authenticated
    actor = staff if staff is not None else (current_user if signed_in else None)
    db.session.add(
        AuditEvent(
            staff_id=actor.id if actor is not None else None,
            action=action.value,
            child_id=child.id if child else None,
            submission_id=submission.id if submission else None,
            subject_id=subject.id if subject is not None else None,
            detail=printable(detail)[:200] if detail else None,
            address=client_address() if has_request_context() else None,
            user_agent=printable(request.user_agent.string)[:300] if has_request_context() else None,
        )
    )


def record_unattended(action: Action, submission: Submission, detail: str | None = None, at: datetime | None = None) -> None:
    """Add an event nobody signed in caused (a child's answer, a scheduled command). Unlike record(), it notes no
    address or browser: during a child's request those would be the child's own."""
    _check(action)
    db.session.flush()  # a submission started by this very answer needs its id
    db.session.add(
        AuditEvent(
            action=action.value, child_id=submission.child_id, submission_id=submission.id, detail=detail[:200] if detail else None,
            at=at or utcnow(),
        )
    )


def printable(text: str) -> str:
    """What a person sent (a path, a browser's name) may hold NUL and other control characters: PostgreSQL
    refuses NUL in text, and none of them belongs in the trail."""
    return "".join(character if character.isprintable() else "?" for character in text)


def client_address() -> str:
    """The address the request came from (the real client's, when TRUSTED_PROXY_COUNT lets a proxy say it)."""
    return (request.remote_addr or "")[:45]


def _check(action: Action) -> None:
    if not isinstance(action, Action):
        raise TypeError(f"An audit event's action must be an Action, not {action!r}")


def _trail_is_append_only(session: Session, flush_context, instances) -> None:
    if any(isinstance(obj, AuditEvent) for obj in (*session.dirty, *session.deleted)):
        raise PermissionError("The audit trail cannot be changed or deleted")


def init_app(app: Flask) -> None:
    """Refuse any change or deletion of an event, from every session (once, however many apps are made)."""
    if not event.contains(Session, "before_flush", _trail_is_append_only):
        event.listen(Session, "before_flush", _trail_is_append_only)
