"""Texts from known numbers are still found after the phone-number lookup key changes and numbers are re-indexed,
and after upgrading from the key earlier releases derived from ENCRYPTION_KEY and SECRET_KEY."""

import hashlib
import hmac

from sqlalchemy import select

from app.config import TEST_ENCRYPTION_KEY, TEST_PHONE_LOOKUP_KEY, TEST_SECRET_KEY
from app.extensions import db
from app.models import PhoneNumber
from tests.factories import create_child, create_staff
from tests.helpers.keys import restarted, run_keys
from tests.helpers.phones import Phone, invite_by_text

NUMBER = "+447911123456"
OLD = TEST_PHONE_LOOKUP_KEY
NEW = "a-new-phone-number-lookup-key-of-40-bytes"
UNKNOWN = "Sorry, we cannot answer messages from this number."


def invited(app, twilio) -> None:
    invite_by_text(create_child(iro=create_staff()), NUMBER)
    [invitation] = Phone(app, twilio, NUMBER).new_texts()
    assert "you have a message" in invitation


def text_to(app, twilio, body: str) -> tuple[str, list[str]]:
    """The person texts this app: its immediate answer, and the texts the worker then sends them."""
    with app.app_context():
        phone = Phone(app, twilio, NUMBER)
        phone.read = len(twilio.bodies_to(NUMBER))
        answer = phone.text(body).get_data(as_text=True)
        return answer, phone.new_texts()


def test_after_re_indexing_under_a_new_key_a_text_still_finds_its_conversation(app, twilio):
    invited(app, twilio)

    with restarted(app, PHONE_LOOKUP_KEY=NEW) as too_soon:
        answer, texts = text_to(too_soon, twilio, "Hello")
        assert UNKNOWN in answer and texts == [], "under the new key alone, the number is not found before re-indexing"

    with restarted(app, PHONE_LOOKUP_KEY="", PHONE_LOOKUP_KEYS=f"{NEW},{OLD}") as both:
        _, [first] = text_to(both, twilio, "Yes")  # found under the old key while the re-index has not yet run
        assert first.startswith("Your answers go to your IRO.")
        assert run_keys(both, "rotate-lookup") == ["phone_number: 1 numbers re-indexed, 0 already under the newest key"]
        assert run_keys(both, "rotate-lookup", "--batch-size", "1") == [
            "phone_number: 0 numbers re-indexed, 1 already under the newest key"]

    with restarted(app, PHONE_LOOKUP_KEY=NEW) as new_key_only:
        answer, [second] = text_to(new_key_only, twilio, "1")
        assert UNKNOWN not in answer and second.startswith("2 of about 16: ")


def test_on_upgrading_numbers_stored_under_the_derived_key_are_found_then_re_indexed(app, twilio):
    invited(app, twilio)
    # The number as an earlier release stored it: hashed under a key derived from ENCRYPTION_KEY and SECRET_KEY.
    derived = hmac.new((TEST_ENCRYPTION_KEY + TEST_SECRET_KEY).encode(), b"listen-to-me phone number lookup", hashlib.sha256)
    stored = db.session.scalar(select(PhoneNumber))
    stored.number_hash = hmac.new(derived.digest(), NUMBER.encode(), hashlib.sha256).hexdigest()
    db.session.commit()

    with restarted(app, PHONE_LOOKUP_KEY=NEW) as without_the_option:
        answer, _ = text_to(without_the_option, twilio, "Hello")
        assert UNKNOWN in answer

    with restarted(app, PHONE_LOOKUP_KEY=NEW, PHONE_LOOKUP_DERIVED_KEY=True) as upgrading:
        _, [first] = text_to(upgrading, twilio, "Yes")
        assert first.startswith("Your answers go to your IRO.")
        assert run_keys(upgrading, "rotate-lookup") == ["phone_number: 1 numbers re-indexed, 0 already under the newest key"]

    with restarted(app, PHONE_LOOKUP_KEY=NEW) as upgraded:
        answer, [second] = text_to(upgraded, twilio, "1")
        assert UNKNOWN not in answer and second.startswith("2 of about 16: ")
