"""Demo data for trying the service: staff, children, reviews and one invitation each.

Safe to load twice: everything is looked up by its email or reference first. Demo
links are derived from the secret key so the same links can be printed again.
"""

import hashlib
import hmac
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta
from flask import current_app
from sqlalchemy import select

from app.auth.passwords import hash_password
from app.consult.tokens import create_invitation, hash_token
from app.extensions import db
from app.models import Allocation, Child, Invitation, Review, Role, StaffMember
from app.reviews.timescales import next_review_due

STAFF = (
    ("manager@example.org", "Priya Shah", Role.MANAGER, "demo-manager-1"),
    ("amara.okafor@example.org", "Amara Okafor", Role.IRO, "demo-iro-1"),
    ("tom.hughes@example.org", "Tom Hughes", Role.IRO, "demo-iro-2"),
)

# first name, last name, age in years, IRO (index into STAFF, None: not allocated yet)
CHILDREN = (
    ("Ava", "Bennett", 4, 1), ("Leo", "Carter", 5, 2), ("Mia", "Davies", 6, 1),
    ("Noah", "Evans", 7, 2), ("Isla", "Foster", 8, 1), ("Jacob", "Green", 8, 2),
    ("Ruby", "Hall", 9, 1), ("Oscar", "Iqbal", 9, 2), ("Lily", "Jones", 10, 1),
    ("Harry", "Khan", 10, 2), ("Freya", "Lewis", 11, 1), ("Theo", "Murphy", 11, 2),
    ("Zara", "Nowak", 12, 1), ("Alfie", "O'Brien", 13, 2), ("Grace", "Patel", 14, 1),
    ("Finley", "Quinn", 15, 2), ("Poppy", "Roberts", 16, 1), ("Ethan", "Singh", 16, 2),
    ("Sofia", "Taylor", 17, 1), ("Kai", "Walsh", 14, None),
)


def _demo_token(reference: str) -> str:
    key = current_app.config["SECRET_KEY"].encode()
    return hmac.new(key, f"demo-invitation:{reference}".encode(), hashlib.sha256).hexdigest()


def _staff() -> list[StaffMember]:
    members = []
    for email, name, role, password in STAFF:
        member = db.session.scalar(select(StaffMember).where(StaffMember.email == email))
        if member is None:
            member = StaffMember(email=email, name=name, role=role, password_hash=hash_password(password))
            db.session.add(member)
        members.append(member)
    return members


def _child(number: int, first: str, last: str, age: int, iro: StaffMember | None, today: date) -> Child:
    reference = f"DEMO{number:03d}"
    child = db.session.scalar(select(Child).where(Child.reference == reference))
    if child is not None:
        return child
    # The next review falls due one to five weeks from now, after two reviews already held.
    second_held = today - relativedelta(months=6) + timedelta(days=7 + 2 * number)
    first_held = second_held - relativedelta(months=3)
    looked_after_since = first_held - timedelta(days=28)
    child = Child(
        reference=reference,
        first_name=first,
        last_name=last,
        date_of_birth=today - relativedelta(years=age, days=30 + 11 * number),
        looked_after_since=looked_after_since,
        preferred_language="en",
    )
    db.session.add(child)
    first_due = next_review_due(looked_after_since, None, 0)
    second_due = next_review_due(looked_after_since, first_held, 1)
    child.reviews.extend(
        [
            Review(due_on=first_due, held_on=min(first_held, first_due)),
            Review(due_on=second_due, held_on=second_held),
            Review(due_on=next_review_due(looked_after_since, second_held, 2)),
        ]
    )
    if iro is not None:
        child.allocations.append(Allocation(iro=iro, starts_on=looked_after_since))
    return child


def load() -> dict:
    """Load the demo data (once) and describe it: logins and each child's link."""
    today = date.today()
    members = _staff()
    base_url = current_app.config["PUBLIC_BASE_URL"].rstrip("/")
    children = []
    for number, (first, last, age, iro_index) in enumerate(CHILDREN, start=1):
        child = _child(number, first, last, age, members[iro_index] if iro_index is not None else None, today)
        token = _demo_token(child.reference)
        if db.session.scalar(select(Invitation).where(Invitation.token_hash == hash_token(token))) is None:
            create_invitation(child, child.next_review, "child_8_11", token=token)
        allocation = child.current_allocation
        children.append(
            {
                "reference": child.reference,
                "name": child.full_name,
                "age": child.age_on(today),
                "iro": allocation.iro.email if allocation else None,
                "link": f"{base_url}/c/{token}",
            }
        )
    db.session.commit()
    return {
        "staff": [{"email": e, "name": n, "role": r.value, "password": p} for e, n, r, p in STAFF],
        "children": children,
    }
