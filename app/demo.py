"""Demo data for trying the service: staff (the manager on duty), children, reviews, parents and
carers on some children's records, and invitations for children, parents and carers, with feedback
after one held review.

Safe to load twice: everything is looked up by its email, reference or link first. Demo
links are derived from the secret key so the same links can be printed again.
"""

import base64
import hashlib
import hmac
from datetime import date, timedelta
from io import BytesIO

from dateutil.relativedelta import relativedelta
from flask import current_app
from PIL import Image, ImageDraw
from sqlalchemy import select

from app.auth.passwords import hash_password
from app.crypto import hash_token
from app.extensions import db
from app.invitations import versions
from app.invitations.links import invitation_url
from app.invitations.tokens import create_invitation
from app.models import Allocation, Child, Contact, Invitation, Respondent, Review, Role, StaffMember
from app.models.time import utcnow
from app.reviews.timescales import next_review_due

# email, name, role, password, colour of the demo photo, introduction
STAFF = (
    ("manager@example.org", "Priya Shah", Role.MANAGER, "listen-demo-manager", None, ""),
    ("amara.okafor@example.org", "Amara Okafor", Role.IRO, "listen-demo-amara", (16, 97, 101),
     "<p>Hi, I am Amara. My job is to make sure the plan for you is a good one.</p>"
     "<p>I like <strong>football</strong> and baking cakes.</p>"),
    ("tom.hughes@example.org", "Tom Hughes", Role.IRO, "listen-demo-tom", (80, 60, 140),
     "<p>Hello, I am Tom. I check that the adults in your life are doing what they said they would.</p>"),
    ("admin@example.org", "Sam Adeyemi", Role.ADMIN, "listen-demo-admin", None, ""),
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

# Parents and carers asked before the review, for these children (by position in CHILDREN).
ADULT_CONSULTATIONS = ((2, Respondent.PARENT, "parent"), (2, Respondent.CARER, "carer"),
                       (8, Respondent.PARENT, "parent"), (14, Respondent.CARER, "carer"))
# Parents and carers on children's records (by position in CHILDREN), emailed by `flask invitations send-due`
# (example.org addresses never reach anyone; without MAIL_SERVER emails are printed to the console).
CONTACTS = ((2, Respondent.PARENT, "Jade Davies", "jade.davies@example.org"),
            (2, Respondent.CARER, "Sue Morris", "sue.morris@example.org"),
            (8, Respondent.PARENT, "Marek Jones", "marek.jones@example.org"))
# Feedback after the last review held, for this child.
FEEDBACK_CHILD = 14
FEEDBACK = ((Respondent.CHILD, "feedback_young_person"), (Respondent.PARENT, "feedback_adult"),
            (Respondent.CARER, "feedback_adult"), (Respondent.PROFESSIONAL, "feedback_adult"))


def _demo_token(*parts: str) -> str:
    key = current_app.config["SECRET_KEY"].encode()
    return hmac.new(key, ":".join(("demo-invitation", *parts)).encode(), hashlib.sha256).hexdigest()


def demo_totp_secret(email: str) -> str:
    """Each demo account's two-factor secret, the same every time the demo data is printed (development only)."""
    key = current_app.config["SECRET_KEY"].encode()
    return base64.b32encode(hmac.new(key, f"demo-totp:{email}".encode(), hashlib.sha256).digest()[:20]).decode()


def _photo(colour: tuple[int, int, int]) -> bytes:
    """A plain drawn portrait, standing in for a real photo."""
    image = Image.new("RGB", (320, 320), (236, 244, 244))
    draw = ImageDraw.Draw(image)
    draw.ellipse((40, 200, 280, 440), fill=colour)
    draw.ellipse((100, 60, 220, 180), fill=(198, 134, 96))
    draw.arc((135, 110, 185, 150), start=20, end=160, fill=(60, 30, 20), width=5)
    out = BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _staff() -> list[StaffMember]:
    members = []
    for email, name, role, password, colour, introduction in STAFF:
        member = db.session.scalar(select(StaffMember).where(StaffMember.email == email))
        if member is None:
            member = StaffMember(email=email, name=name, role=role, password_hash=hash_password(password),
                                 password_set_at=utcnow(), totp_secret=demo_totp_secret(email),
                                 introduction=introduction, photo=_photo(colour) if colour else None,
                                 on_duty=role is Role.MANAGER)
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
            # Held reviews were chaired by the child's IRO, so feedback on them is theirs to read.
            Review(due_on=first_due, held_on=min(first_held, first_due), chaired_by=iro),
            Review(due_on=second_due, held_on=second_held, chaired_by=iro),
            Review(due_on=next_review_due(looked_after_since, second_held, 2)),
        ]
    )
    if iro is not None:
        child.allocations.append(Allocation(iro=iro, starts_on=looked_after_since))
    return child


def _link(child: Child, review: Review | None, respondent: Respondent, questionnaire: str) -> str:
    token = _demo_token(child.reference, respondent.value, questionnaire)
    if db.session.scalar(select(Invitation).where(Invitation.token_hash == hash_token(token))) is None:
        invitation, _ = create_invitation(child, review, questionnaire, token=token)
        invitation.respondent = respondent
    return invitation_url(token)


def load() -> dict:
    """Load the demo data (once) and describe it: logins and every demo link."""
    today = date.today()
    members = _staff()
    children, others = [], []
    for number, (first, last, age, iro_index) in enumerate(CHILDREN, start=1):
        child = _child(number, first, last, age, members[iro_index] if iro_index is not None else None, today)
        version = versions.for_child(child, today).id
        allocation = child.current_allocation
        children.append({
            "reference": child.reference, "name": child.full_name, "age": child.age_on(today),
            "iro": allocation.iro.email if allocation else None, "questionnaire": version,
            "link": _link(child, child.next_review, Respondent.CHILD, version),
        })
        db.session.flush()
    everyone = db.session.scalars(select(Child).where(Child.reference.like("DEMO%")).order_by(Child.reference)).all()
    for index, respondent, questionnaire in ADULT_CONSULTATIONS:
        child = everyone[index]
        others.append({"for": child.full_name, "respondent": respondent.value, "questionnaire": questionnaire,
                       "link": _link(child, child.next_review, respondent, questionnaire)})
    for index, respondent, name, email in CONTACTS:
        child = everyone[index]
        if not any(contact.name == name for contact in child.contacts):
            child.contacts.append(Contact(respondent=respondent, name=name, email=email))
    child = everyone[FEEDBACK_CHILD]
    last_held = [r for r in child.reviews if r.held_on][-1]
    for respondent, questionnaire in FEEDBACK:
        others.append({"for": child.full_name, "respondent": respondent.value, "questionnaire": questionnaire,
                       "link": _link(child, last_held, respondent, questionnaire)})
    db.session.commit()
    return {
        "staff": [
            {"email": e, "name": n, "role": r.value, "password": p, "totp_secret": demo_totp_secret(e)}
            for e, n, r, p, _, _ in STAFF
        ],
        "children": children,
        "parents_carers_and_feedback": others,
    }
