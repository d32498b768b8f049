"""Rotating the encryption key: everything written under the old key reads under the new one alone afterwards,
rows written while the rotation runs included; on SQLite, and on PostgreSQL."""

import re

import pytest
from cryptography.fernet import Fernet, InvalidToken
from sqlalchemy import event, select

from app.config import TEST_ENCRYPTION_KEY
from app.extensions import db
from app.models import Answer, Contact, PhoneNumber, StaffMember
from tests.conftest import Browser, app_on_a_fresh_database
from tests.helpers.journeys import send_views
from tests.helpers.keys import restarted, run_keys
from tests.helpers.people import CHILD_MOBILE, a_family
from tests.helpers.phones import invite_by_text

OLD = TEST_ENCRYPTION_KEY
NEW = Fernet.generate_key().decode()
LINE = re.compile(r"(\w+): (\d+) rows re-encrypted, (\d+) already under the newest key")


def read_everything() -> list:
    """Every row of every table, every column loaded: a value no key opens fails here."""
    rows = []
    for mapper in db.Model.registry.mappers:
        for row in db.session.scalars(select(mapper.class_)).all():
            rows.append({column.key: getattr(row, column.key) for column in mapper.column_attrs})
    return rows


def counts(lines: list[str]) -> dict[str, tuple[int, int]]:
    """Each table's counts, checking that nothing but counts was printed."""
    matches = [LINE.fullmatch(line) for line in lines]
    assert all(matches), lines
    return {match[1]: (int(match[2]), int(match[3])) for match in matches}


def rotate_while_the_app_writes(app) -> None:
    child = a_family()
    send_views(Browser(app.test_client()), child)
    invite_by_text(child, CHILD_MOBILE)
    child_id = child.id
    db.session.commit()

    with restarted(app, ENCRYPTION_KEY=NEW) as new_key_only:
        with new_key_only.app_context(), pytest.raises(InvalidToken):
            read_everything()  # everything so far is under the old key

    # The app is restarted with both keys, the new one first, and serves while the rotation runs.
    with restarted(app, ENCRYPTION_KEY="", ENCRYPTION_KEYS=f"{NEW},{OLD}") as both:
        written = []

        def a_parent_is_added_meanwhile(session):
            if written:
                return
            written.append(True)
            with both.app_context():
                db.session.add(Contact(child_id=child_id, respondent="parent", name="Sky", email="sky@example.org"))
                db.session.commit()

        event.listen(db.session, "after_commit", a_parent_is_added_meanwhile)
        try:
            first = counts(run_keys(both, "rotate", "--batch-size", "1"))
        finally:
            event.remove(db.session, "after_commit", a_parent_is_added_meanwhile)
        assert written
        assert set(first) >= {"answer", "contact", "phone_number", "staff_member", "outbound_sms"}
        assert first["answer"][0] >= 16 and first["phone_number"] == (2, 0)
        rotated, current = first["contact"]
        assert rotated == 3 and current == 1, "the parent added meanwhile is under the new key already"
        again = counts(run_keys(both, "rotate"))
        assert set(again) == set(first) and all(rotated == 0 for rotated, _ in again.values()), "running it again is harmless"

    # The old key is taken out of the list: everything still reads.
    with restarted(app, ENCRYPTION_KEY=NEW) as new_key_only, new_key_only.app_context():
        assert len(read_everything()) > 20
        values = [answer.value for answer in db.session.scalars(select(Answer))]
        assert "I got into the football team" in values
        emails = {contact.email for contact in db.session.scalars(select(Contact))}
        assert {"jo@example.org", "sky@example.org"} <= emails
        assert CHILD_MOBILE in {phone.number for phone in db.session.scalars(select(PhoneNumber))}
        assert all(member.totp_secret for member in db.session.scalars(select(StaffMember)))


def test_after_rotating_to_a_new_key_everything_reads_without_the_old_one(app):
    rotate_while_the_app_writes(app)


def test_rotating_on_postgresql(tmp_path, postgres_url):
    with app_on_a_fresh_database(tmp_path, SQLALCHEMY_DATABASE_URI=postgres_url) as app:
        rotate_while_the_app_writes(app)
