"""An invitation to answer one questionnaire, reached through one secret link."""

import enum
from datetime import datetime

from sqlalchemy import Enum, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.extensions import db
from app.models.time import UTCDateTime, utcnow


class InvitationStatus(enum.StrEnum):
    ACTIVE = "active"
    REVOKED = "revoked"


class Channel(enum.StrEnum):
    WEB = "web"
    SMS = "sms"
    EMAIL = "email"
    LETTER = "letter"


class Respondent(enum.StrEnum):
    CHILD = "child"
    PARENT = "parent"
    CARER = "carer"
    PROFESSIONAL = "professional"


class Invitation(db.Model):
    __tablename__ = "invitation"

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("child.id"), index=True)
    review_id: Mapped[int | None] = mapped_column(ForeignKey("review.id"))
    questionnaire: Mapped[str] = mapped_column(String(40))
    respondent: Mapped[Respondent] = mapped_column(
        Enum(Respondent, native_enum=False, length=12, values_callable=lambda e: [m.value for m in e]),
        default=Respondent.CHILD,
    )
    channel: Mapped[Channel] = mapped_column(Enum(Channel, native_enum=False, length=10, values_callable=lambda e: [m.value for m in e]))
    # SHA-256 of the link's token: the token itself is never stored.
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    # SHA-256 of the short code printed on a letter and typed on the start page, when there is one.
    short_code_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # The parent or carer on the child's record it was sent to, when it went to one.
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id"))
    # The language of the person's pages, texts, emails, letter and reminders: theirs when it was made (a parent's or
    # carer's own, else the child's), then whatever they choose with a page's language links.
    language: Mapped[str] = mapped_column(String(10))
    # Set when the one reminder before the review went out.
    reminded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    status: Mapped[InvitationStatus] = mapped_column(
        Enum(InvitationStatus, native_enum=False, length=10, values_callable=lambda e: [m.value for m in e]),
        default=InvitationStatus.ACTIVE,
    )

    child: Mapped["Child"] = relationship()  # noqa: F821
    contact: Mapped["Contact | None"] = relationship()  # noqa: F821
    review: Mapped["Review | None"] = relationship()  # noqa: F821
    submission: Mapped["Submission | None"] = relationship(back_populates="invitation")  # noqa: F821

    def usable(self, now: datetime) -> bool:
        return self.status == InvitationStatus.ACTIVE and now < self.expires_at
