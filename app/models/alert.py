"""Every alert sent to a member of staff about a submission: one of each kind, to each person, ever."""

import enum
from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.extensions import db
from app.models.time import UTCDateTime, utcnow


class AlertKind(enum.StrEnum):
    NEW_VIEWS = "new_views"
    URGENT = "urgent"
    UNREAD = "unread"  # still unread 2 working days after arriving
    ESCALATED = "escalated"  # an urgent flag nobody acknowledged in time, to every manager
    CHECK_IN = "check_in"  # a lower flag: check in with this child


class StaffAlert(db.Model):
    __tablename__ = "staff_alert"
    __table_args__ = (UniqueConstraint("staff_id", "submission_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_member.id"))
    submission_id: Mapped[int] = mapped_column(ForeignKey("submission.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    channel: Mapped[str] = mapped_column(String(10))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    staff: Mapped["StaffMember"] = relationship()  # noqa: F821
    submission: Mapped["Submission"] = relationship()  # noqa: F821
