"""Which IRO a child is allocated to, and when. Every allocation is kept as history."""

from datetime import date

from sqlalchemy import ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.extensions import db


class Allocation(db.Model):
    __tablename__ = "allocation"
    __table_args__ = (Index("ix_allocation_current", "iro_id", "ends_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("child.id"), index=True)
    iro_id: Mapped[int] = mapped_column(ForeignKey("staff_member.id"))
    starts_on: Mapped[date]
    ends_on: Mapped[date | None]  # None while the allocation is current

    child: Mapped["Child"] = relationship(back_populates="allocations")  # noqa: F821
    iro: Mapped["StaffMember"] = relationship()  # noqa: F821
