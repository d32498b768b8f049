"""Plain functions that make test data. Each commits, so pages see what it made."""

from datetime import date, timedelta
from itertools import count

from dateutil.relativedelta import relativedelta

from app.auth.passwords import hash_password
from app.consult.tokens import create_invitation as make_invitation
from app.extensions import db
from app.models import Allocation, Child, Review, Role, StaffMember

PASSWORD = "correct horse battery staple"
_numbers = count(1)
_password_hash = hash_password(PASSWORD)


def create_staff(role: Role = Role.IRO, name: str | None = None) -> StaffMember:
    number = next(_numbers)
    member = StaffMember(
        email=f"staff{number}@example.org", name=name or f"Alex Morgan{number}", role=role, password_hash=_password_hash
    )
    db.session.add(member)
    db.session.commit()
    return member


def create_child(iro: StaffMember | None = None, age: int = 9, review_in_days: int | None = 14, first_name: str = "Sam") -> Child:
    number = next(_numbers)
    today = date.today()
    child = Child(
        reference=f"C{number:05d}",
        first_name=first_name,
        last_name=f"Lee{number}",
        date_of_birth=today - relativedelta(years=age, months=2),
        looked_after_since=today - relativedelta(years=1),
    )
    if review_in_days is not None:
        child.reviews.append(Review(due_on=today + timedelta(days=review_in_days)))
    if iro is not None:
        child.allocations.append(Allocation(iro=iro, starts_on=today - relativedelta(years=1)))
    db.session.add(child)
    db.session.commit()
    return child


def create_invitation(child: Child, questionnaire: str = "child_8_11") -> str:
    """A web invitation for the child's next review; returns the link's path."""
    _, token = make_invitation(child, child.next_review, questionnaire)
    db.session.commit()
    return f"/c/{token}"
