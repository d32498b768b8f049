"""The audit trail: every view of a child's answers, every sign-in and change to an account, and every refusal.

Events are only ever added: app/audit refuses any change or deletion made through the app.
"""

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.extensions import db
from app.models.time import UTCDateTime, utcnow


class AuditEvent(db.Model):
    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"))
    action: Mapped[str] = mapped_column(String(40))
    child_id: Mapped[int | None] = mapped_column(ForeignKey("child.id"), index=True)
    submission_id: Mapped[int | None] = mapped_column(ForeignKey("submission.id"))
    # The account an event is about, when it is not the actor's own (a role changed, an account deactivated).
    subject_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"))
    # A short plain fact: the new role, or the reason given for a change. Never a child's answers.
    detail: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(String(45))
    user_agent: Mapped[str | None] = mapped_column(String(300))

    staff: Mapped["StaffMember | None"] = relationship(foreign_keys=[staff_id])  # noqa: F821
    subject: Mapped["StaffMember | None"] = relationship(foreign_keys=[subject_id])  # noqa: F821
