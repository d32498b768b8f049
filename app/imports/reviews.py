"""`child_ref,due_date,held_on,participation_code`: reviews, matched by child and due date.

held_on and participation_code are both empty for a review not yet held. A file cannot un-hold a review that
has been recorded as held: an empty held_on leaves what we hold as it is. A child left with every review held
gets the next one booked by the statutory timescale, as when a review is recorded as held in the workspace.
"""

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.extensions import db
from app.imports import messages
from app.imports.reading import Row
from app.models import Child, ParticipationCode, Review
from app.reviews import participation
from app.reviews.recording import book_next_review

COLUMNS = ("child_ref", "due_date", "held_on", "participation_code")
OPTIONAL: frozenset[str] = frozenset()
CODES = {code.value for code in ParticipationCode}


def check(rows: list[Row]) -> list[dict]:
    """Each row's clean values; problems are noted on the rows."""
    today = date.today()
    children = _children({row.values.get("child_ref", "") for row in rows})
    first_line: dict[tuple, int] = {}
    cleaned = []
    for row in rows:
        reference = row.text("child_ref", 40)
        child = children.get(reference)
        if reference and child is None:
            row.problem(messages.NOT_A_CHILD, value=reference)
        due_on = row.day("due_date")
        held_on = row.day("held_on", required=False, today=today)
        code_text = row.values["participation_code"].upper()
        code = ParticipationCode(code_text) if code_text in CODES else None
        if code_text and code is None:
            row.problem(messages.NOT_A_CODE, value=row.values["participation_code"])
        if bool(row.values["held_on"]) != bool(code_text):
            row.problem(messages.HELD_WITHOUT_CODE)
        if child and held_on and code and not participation.code_fits_age(code, child.age_on(held_on)):
            row.problem(messages.PN0_ONLY_UNDER_4)
        key = (reference, due_on)
        if reference and due_on and key in first_line:
            row.problem(messages.REPEATED, column="child_ref and due_date", value=f"{reference} {due_on}", line=first_line[key])
        elif reference and due_on:
            first_line[key] = row.line
        review = next((r for r in child.reviews if r.due_on == due_on), None) if child else None
        cleaned.append({"child": child, "review": review, "due_on": due_on, "held_on": held_on, "code": code})
    return cleaned


def apply(cleaned: list[dict], counts: dict[str, int]) -> None:
    for change in cleaned:
        review = change["review"]
        if review is None:
            change["child"].reviews.append(Review(due_on=change["due_on"], held_on=change["held_on"], participation_code=change["code"]))
            counts["added"] += 1
        elif change["held_on"] and (review.held_on, review.participation_code) != (change["held_on"], change["code"]):
            review.held_on, review.participation_code = change["held_on"], change["code"]
            counts["updated"] += 1
        else:
            counts["unchanged"] += 1
    # After every row, so a file that also lists the next review books nothing; a second import finds it.
    for child in dict.fromkeys(change["child"] for change in cleaned):
        book_next_review(child)


def _children(references: set[str]) -> dict[str, Child]:
    children = db.session.scalars(select(Child).where(Child.reference.in_(references)).options(selectinload(Child.reviews))).all()
    return {child.reference: child for child in children}
