"""A statutory review of a child's care plan, chaired by their IRO."""

import enum
from datetime import date, datetime, time

from sqlalchemy import Enum, ForeignKey, Index, func, text
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.crypto import EncryptedJSON, EncryptedText
from app.extensions import db
from app.models.time import UTCDateTime


class ParticipationCode(enum.StrEnum):
    """The DfE SSDA903 REVIEW_CODE recorded for each review."""

    PN0 = "PN0"
    PN1 = "PN1"
    PN2 = "PN2"
    PN3 = "PN3"
    PN4 = "PN4"
    PN5 = "PN5"
    PN6 = "PN6"
    PN7 = "PN7"


class ChildPart(enum.StrEnum):
    """The part the child will take in their review meeting, as the IRO books it."""

    ATTEND = "attend"
    PART = "part"
    CHAIR = "chair"
    NOT_ATTENDING = "not_attending"
    NOT_DECIDED = "not_decided"


class Review(db.Model):
    __tablename__ = "review"
    # Each child's next review, read straight from the index by the caseload (make bench: 100,000 children).
    __table_args__ = (
        Index(
            "ix_review_next_due",
            "child_id",
            "due_on",
            postgresql_where=text("held_on IS NULL"),
            sqlite_where=text("held_on IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("child.id"), index=True)
    due_on: Mapped[date]
    held_on: Mapped[date | None]
    participation_code: Mapped[ParticipationCode | None] = mapped_column(
        Enum(ParticipationCode, native_enum=False, length=3)
    )
    parents_attended: Mapped[bool] = mapped_column(default=False)
    carers_attended: Mapped[bool] = mapped_column(default=False)
    # The meeting, once the IRO books it: until then children and families are told only the date it will be before.
    # The day and time are the wall-clock time where it happens. The place (which may be the child's home) and
    # who is invited are encrypted, as answers are.
    meeting_on: Mapped[date | None]
    meeting_time: Mapped[time | None]
    meeting_by_video: Mapped[bool] = mapped_column(default=False)
    meeting_place: Mapped[str | None] = mapped_column(EncryptedText)
    meeting_invited: Mapped[str | None] = mapped_column(EncryptedText)
    child_part: Mapped[ChildPart | None] = mapped_column(
        Enum(ChildPart, native_enum=False, length=13, values_callable=lambda e: [m.value for m in e])
    )
    professionals_attended: Mapped[bool] = mapped_column(default=False)
    # The IRO who chaired it (allocated when it was recorded as held): feedback about it is theirs to read.
    chaired_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"))
    # What the IRO tells the child about what was decided, shown on the child's link.
    reply_to_child: Mapped[str | None] = mapped_column(EncryptedJSON)
    replied_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # When staff recorded it as held here (not set for reviews imported as held): feedback goes out the day after.
    recorded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Claimed by `flask invitations send-due`, so each step happens once however often it runs.
    consultations_sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    feedback_sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Its views last downloaded for the council's case record (app/records), and when what was said for it was
    # deleted here after that (app/retention, docs/records-and-retention.md).
    exported_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    child: Mapped["Child"] = relationship(back_populates="reviews")  # noqa: F821
    chaired_by: Mapped["StaffMember | None"] = relationship()  # noqa: F821
    submissions: Mapped[list["Submission"]] = relationship(viewonly=True)  # noqa: F821

    @property
    def meeting_booked(self) -> bool:
        return self.meeting_on is not None and self.meeting_time is not None

    @hybrid_property
    def expected_on(self) -> date:
        """The day the review is expected: its meeting once booked, else its due date. Invitations and reminders are
        timed from it, so a meeting booked early still hears from everyone before it."""
        return self.meeting_on or self.due_on

    @expected_on.inplace.expression
    @classmethod
    def _expected_on(cls):
        return func.coalesce(cls.meeting_on, cls.due_on)

    @property
    def timely(self) -> bool | None:
        """Held on or before its due date; None until it is held."""
        return None if self.held_on is None else self.held_on <= self.due_on
