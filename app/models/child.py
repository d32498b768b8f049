"""A child in care: the person whose views this service exists to carry."""

from datetime import date

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.extensions import db

# Trigram indexes for searching the caseload by name or reference on PostgreSQL, made by migration
# 0018_caseload_search only: SQLite has none, so they are not in the models, and schema comparisons leave them out.
SEARCH_INDEXES = frozenset({"ix_child_name_search", "ix_child_reference_search"})


def outside_search_indexes(obj, name, type_, reflected, compare_to) -> bool:
    """For Alembic's `include_object`: everything but the search indexes."""
    return not (type_ == "index" and name in SEARCH_INDEXES)


class Child(db.Model):
    __tablename__ = "child"
    # The caseload's order: its first page is read from here, not sorted from every child.
    __table_args__ = (Index("ix_child_caseload", "caseload_rank", "next_due_on", "last_name", "first_name", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(40), unique=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    date_of_birth: Mapped[date]
    looked_after_since: Mapped[date]
    preferred_language: Mapped[str] = mapped_column(String(10), default="en")
    # The IRO may choose a version other than the one for the child's age (e.g. the picture version).
    questionnaire_choice: Mapped[str | None] = mapped_column(String(40))
    # The child's own mobile as the case management system gave it (imported), kept where every number we
    # may text is kept: encrypted, and found again by its hash.
    mobile_id: Mapped[int | None] = mapped_column(ForeignKey("phone_number.id"))
    # The caseload's figures, worked out again whenever the child's views or reviews change
    # (app/caseload/figures.py): never set them by hand.
    next_due_on: Mapped[date | None]
    unread_views: Mapped[int] = mapped_column(default=0)
    views_sent: Mapped[int] = mapped_column(default=0)
    open_urgent_flags: Mapped[int] = mapped_column(default=0)
    open_check_ins: Mapped[int] = mapped_column(default=0)  # lower flags: "Check in with this child"
    caseload_rank: Mapped[int] = mapped_column(default=2)

    allocations: Mapped[list["Allocation"]] = relationship(  # noqa: F821
        back_populates="child", order_by="Allocation.starts_on"
    )
    reviews: Mapped[list["Review"]] = relationship(back_populates="child", order_by="Review.due_on")  # noqa: F821
    mobile: Mapped["PhoneNumber | None"] = relationship()  # noqa: F821
    contacts: Mapped[list["Contact"]] = relationship(back_populates="child", order_by="Contact.id")  # noqa: F821

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    def age_on(self, day: date) -> int:
        had_birthday = (day.month, day.day) >= (self.date_of_birth.month, self.date_of_birth.day)
        return day.year - self.date_of_birth.year - (0 if had_birthday else 1)

    @property
    def current_allocation(self) -> "Allocation | None":  # noqa: F821
        return next((a for a in self.allocations if a.ends_on is None), None)

    @property
    def next_review(self) -> "Review | None":  # noqa: F821
        return next((r for r in self.reviews if r.held_on is None), None)
