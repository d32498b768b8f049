"""A parent, carer or professional on a child's record, and how to reach them for consultations and feedback."""

import enum
from datetime import datetime

from sqlalchemy import Enum, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.crypto import EncryptedText
from app.extensions import db
from app.models.invitation import Channel, Respondent
from app.models.time import UTCDateTime, utcnow


class ProfessionalKind(enum.StrEnum):
    """Which professional they are, so staff and the feedback list can tell the school from the social worker."""

    SOCIAL_WORKER = "social_worker"
    SCHOOL = "school"
    HEALTH = "health"
    ADVOCATE = "advocate"


class Contact(db.Model):
    __tablename__ = "contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("child.id"), index=True)
    respondent: Mapped[Respondent] = mapped_column(
        Enum(Respondent, native_enum=False, length=12, values_callable=lambda e: [m.value for m in e])
    )
    name: Mapped[str] = mapped_column(String(200))
    # Professionals only: social worker, school, health or advocate.
    kind: Mapped[ProfessionalKind | None] = mapped_column(
        Enum(ProfessionalKind, native_enum=False, length=20, values_callable=lambda e: [m.value for m in e])
    )
    # Either, both or neither: with neither, staff print a letter or hand over a link.
    mobile_id: Mapped[int | None] = mapped_column(ForeignKey("phone_number.id"))
    email: Mapped[str | None] = mapped_column(EncryptedText)
    language: Mapped[str] = mapped_column(String(10), default="en")
    # Removed contacts are kept, not deleted, so earlier invitations still say who they went to.
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    child: Mapped["Child"] = relationship(back_populates="contacts")  # noqa: F821
    mobile: Mapped["PhoneNumber | None"] = relationship()  # noqa: F821

    @property
    def reached_by(self) -> Channel | None:
        """How the scheduled send reaches them: by text when there is a mobile, else by email, else not at all.
        Professionals are reached at work, by email only."""
        if self.mobile is not None and self.respondent is not Respondent.PROFESSIONAL:
            return Channel.SMS
        return Channel.EMAIL if self.email else None
