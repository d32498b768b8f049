"""Plain functions that make test data. Each commits, so pages see what it made."""

import time
from datetime import date, timedelta
from itertools import count

import pyotp
from argon2 import PasswordHasher
from dateutil.relativedelta import relativedelta
from sqlalchemy import select

from app.extensions import db
from app.invitations.tokens import create_invitation as make_invitation
from app.models import Allocation, Child, Review, Role, StaffMember
from app.models.time import utcnow

PASSWORD = "correct horse battery staple"
# Every test account's authenticator app holds this secret.
TOTP_SECRET = pyotp.random_base32()
_numbers = count(1)
# Argon2id as the app stores it, at the lowest cost, so that signing in (which verifies it) is quick in every test.
_password_hash = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1).hash(PASSWORD)


def create_staff(role: Role = Role.IRO, name: str | None = None, two_factor: bool = True) -> StaffMember:
    """An active account with a password set and, unless told otherwise, two-factor enrolled."""
    number = next(_numbers)
    member = StaffMember(
        email=f"staff{number}@example.org", name=name or f"Alex Morgan{number}", role=role, password_hash=_password_hash,
        password_set_at=utcnow(), totp_secret=TOTP_SECRET if two_factor else None,
    )
    db.session.add(member)
    db.session.commit()
    return member


def totp_code(member: StaffMember, secret: str = TOTP_SECRET) -> str:
    """What the person's authenticator app shows: a code for a time step the service has not yet seen used
    (it takes each step once, and one step either side of now), waiting for the clock when it must."""
    last = db.session.scalar(select(StaffMember.totp_last_step).where(StaffMember.id == member.id))
    while True:
        now = int(time.time()) // 30
        step = max(now, (last or 0) + 1)
        if step <= now + 1:
            return pyotp.TOTP(secret).at(step * 30)
        time.sleep(1)


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
