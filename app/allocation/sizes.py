"""How many children each IRO has, and how many have no IRO."""

from sqlalchemy import func, select

from app.extensions import db
from app.models import Allocation, Child, Role, StaffMember


def caseload_sizes() -> list[tuple[StaffMember, int]]:
    """Every IRO, by name, with the number of children allocated to them now."""
    return db.session.execute(
        select(StaffMember, func.count(Allocation.id))
        .outerjoin(Allocation, (Allocation.iro_id == StaffMember.id) & Allocation.ends_on.is_(None))
        .where(StaffMember.role == Role.IRO)
        .group_by(StaffMember.id)
        .order_by(StaffMember.name)
    ).all()


def unallocated() -> int:
    """How many children no IRO is allocated to."""
    allocated = select(Allocation.child_id).where(Allocation.ends_on.is_(None))
    return db.session.scalar(select(func.count(Child.id)).where(Child.id.not_in(allocated)))
