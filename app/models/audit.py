"""The audit trail: every view of a child's answers, and every refused attempt."""

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

    staff: Mapped["StaffMember | None"] = relationship()  # noqa: F821
