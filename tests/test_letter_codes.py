"""The short code on a printed letter: kept only as a keyed hash, and too few guesses allowed to find one."""

import hashlib

from app.extensions import db
from app.invitations.tokens import create_short_code
from app.models import Invitation
from tests.conftest import Browser, app_on_a_fresh_database
from tests.factories import create_child, create_invitation, create_staff

WRONG_CODE = "ABCD 2345"


def a_letter() -> str:
    """An invitation with a short code, as printing a letter makes; returns the code."""
    create_invitation(create_child(iro=create_staff(), first_name="Robin"))
    invitation = db.session.scalar(db.select(Invitation))
    code = create_short_code(invitation)
    db.session.commit()
    return code


def type_code(browser: Browser, code: str, status: int = 200):
    home = browser.get("/")
    return browser.submit({"code": code}, form_index=len(home.find_all("form")) - 1, status=status)


def opened(browser: Browser) -> bool:
    return "Robin" in browser.text() and "This link does not work" not in browser.text()


def test_the_code_is_stored_as_a_keyed_hash_not_a_plain_one(app, new_browser):
    code = a_letter()
    stored = db.session.scalar(db.select(Invitation.short_code_hash))
    assert stored != hashlib.sha256(code.encode()).hexdigest()
    assert code not in stored

    person = new_browser()
    type_code(person, code)
    assert opened(person)

    # The hash depends on the app's secret: with another key the same code finds nothing.
    app.config["SECRET_KEY"] = "another-secret-key-of-more-than-32-bytes"
    stranger = new_browser()
    type_code(stranger, code)
    assert stranger.errors() == ["This code does not work. Check it against your letter, or ask your IRO for a new one."]


def test_after_ten_guesses_even_the_right_code_is_refused_for_a_while(app, browser, new_browser):
    assert app.config["LETTER_CODE_LIMIT"] == "10 per 10 minutes"
    code = a_letter()
    for _ in range(10):
        type_code(browser, WRONG_CODE)
        assert browser.errors() == ["This code does not work. Check it against your letter, or ask your IRO for a new one."]
    type_code(browser, code, status=429)
    assert browser.h1 == "Too many attempts"
    assert "wait a few minutes" in browser.text()
    browser.get("/consultation", status=404)
    assert not opened(browser)


def _guess_from(client, address: str) -> int:
    """A wrong guess sent through a proxy that says the person's address is `address`."""
    token = Browser(client).get("/").find("input", attrs={"name": "csrf_token"})["value"]
    return client.post("/code", data={"csrf_token": token, "code": WRONG_CODE}, headers={"X-Forwarded-For": address}).status_code


def test_behind_a_trusted_proxy_each_person_is_counted_by_their_own_address(tmp_path):
    with app_on_a_fresh_database(tmp_path, TRUSTED_PROXY_COUNT=1) as app:
        client = app.test_client()
        assert [_guess_from(client, "203.0.113.1") for _ in range(11)] == [200] * 10 + [429]
        assert _guess_from(client, "203.0.113.2") == 200


def test_without_a_trusted_proxy_a_forwarded_address_is_not_believed(app):
    client = app.test_client()
    assert app.config["TRUSTED_PROXY_COUNT"] == 0
    statuses = [_guess_from(client, f"203.0.113.{n}") for n in range(1, 12)]
    assert statuses == [200] * 10 + [429]
