"""Allocating a child to an IRO: the allocation it ends is kept as history, and the IRO is told at once."""

from datetime import date

from sqlalchemy import select

from app.extensions import db
from app.models import Allocation, Child, Role, StaffMember
from app.notifications.handover import handed_over


def allocatable_iros() -> list[StaffMember]:
    """The IROs a child may be allocated to: every active one, by name."""
    return db.session.scalars(
        select(StaffMember).where(StaffMember.role == Role.IRO, StaffMember.active).order_by(StaffMember.name)
    ).all()


def is_allocated_to(child: Child, iro_id: int) -> bool:
    """Whether this IRO is the one the child is allocated to now."""
    current = child.current_allocation
    return current is not None and current.iro_id == iro_id


def allocate(child: Child, iro: StaffMember, on: date, tell: bool = True) -> None:
    """End the current allocation (kept as history) and start a new one, telling the IRO at once (their alert is
    queued in the caller's transaction). `tell=False` only for a child who is new to the service, with no views."""
    current = child.current_allocation
    if current is not None:
        current.ends_on = on
    child.allocations.append(Allocation(iro=iro, starts_on=on))
    if tell:
        handed_over(child, iro)
