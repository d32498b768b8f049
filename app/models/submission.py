"""What a person answered: one submission per invitation, one answer per question."""

import enum
from datetime import datetime
from typing import Any

from sqlalchemy import Enum, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.crypto import EncryptedJSON
from app.extensions import db
from app.models.time import UTCDateTime, utcnow


class SubmissionState(enum.StrEnum):
    IN_PROGRESS = "in_progress"
    SUBMITTED = "submitted"


class Submission(db.Model):
    __tablename__ = "submission"

    id: Mapped[int] = mapped_column(primary_key=True)
    invitation_id: Mapped[int] = mapped_column(ForeignKey("invitation.id"), unique=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("child.id"), index=True)
    # Set when the submission is routed; None means it waits in the managers' queue.
    review_id: Mapped[int | None] = mapped_column(ForeignKey("review.id"), index=True)
    questionnaire: Mapped[str] = mapped_column(String(40))
    state: Mapped[SubmissionState] = mapped_column(
        Enum(SubmissionState, native_enum=False, length=12, values_callable=lambda e: [m.value for m in e]),
        default=SubmissionState.IN_PROGRESS,
    )
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    read_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"))
    # Raised the moment a child says they are not safe, even if they never send their answers.
    urgent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    urgent_reason: Mapped[str | None] = mapped_column(String(20))
    # An urgent flag stays on every page of the workspace until someone records what was done.
    urgent_handled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    urgent_handled_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"))
    urgent_action: Mapped[str | None] = mapped_column(EncryptedJSON)
    # Someone must say "I have seen this and am acting" by urgent_acknowledge_by (working time), or every manager
    # is told; still unacknowledged at urgent_out_of_hours_due, the out-of-hours contact is told. Each step's
    # time is set once, by whichever run of `flask notifications escalate` takes it (app/notifications/escalation.py).
    urgent_acknowledge_by: Mapped[datetime | None] = mapped_column(UTCDateTime)
    urgent_acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    urgent_acknowledged_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"))
    urgent_escalated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    urgent_out_of_hours_due: Mapped[datetime | None] = mapped_column(UTCDateTime)
    urgent_out_of_hours_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # A lower flag ("Not sure" if they feel safe): the IRO checks in with the child, with no deadline.
    check_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    check_in_done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    check_in_done_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"))

    invitation: Mapped["Invitation"] = relationship(back_populates="submission")  # noqa: F821
    child: Mapped["Child"] = relationship()  # noqa: F821
    review: Mapped["Review | None"] = relationship()  # noqa: F821
    read_by: Mapped["StaffMember | None"] = relationship(foreign_keys=[read_by_id])  # noqa: F821
    urgent_handled_by: Mapped["StaffMember | None"] = relationship(foreign_keys=[urgent_handled_by_id])  # noqa: F821
    urgent_acknowledged_by: Mapped["StaffMember | None"] = relationship(foreign_keys=[urgent_acknowledged_by_id])  # noqa: F821
    check_in_done_by: Mapped["StaffMember | None"] = relationship(foreign_keys=[check_in_done_by_id])  # noqa: F821
    answers: Mapped[list["Answer"]] = relationship(back_populates="submission", cascade="all, delete-orphan")

    @property
    def urgent_open(self) -> bool:
        return self.urgent_at is not None and self.urgent_handled_at is None

    @property
    def check_in_open(self) -> bool:
        return self.check_in_at is not None and self.check_in_done_at is None

    def answer_values(self) -> dict[str, Any]:
        return {answer.question_id: answer.value for answer in self.answers}

    def save_answer(self, question_id: str, value: Any) -> None:
        """Record one page's answer, replacing any earlier answer to it."""
        for answer in self.answers:
            if answer.question_id == question_id:
                answer.value = value
                answer.saved_at = utcnow()
                return
        self.answers.append(Answer(question_id=question_id, value=value))


class Answer(db.Model):
    __tablename__ = "answer"
    __table_args__ = (UniqueConstraint("submission_id", "question_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("submission.id"))
    question_id: Mapped[str] = mapped_column(String(60))
    value: Mapped[Any] = mapped_column(EncryptedJSON)
    saved_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    submission: Mapped[Submission] = relationship(back_populates="answers")
