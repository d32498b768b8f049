"""Invitation links: secret, expiring, revocable, and a bad link reveals nothing."""

from datetime import timedelta

import pytest

from app.crypto import hash_token
from app.extensions import db
from app.invitations.tokens import TOKEN_BYTES
from app.models import Invitation, InvitationStatus
from app.models.time import utcnow
from tests.factories import create_child, create_invitation, create_staff


def test_only_a_hash_of_the_token_is_stored(app):
    link = create_invitation(create_child(iro=create_staff()))
    token = link.removeprefix("/c/")
    assert TOKEN_BYTES * 8 >= 128 and len(token) >= 43
    invitation = db.session.scalar(db.select(Invitation))
    assert invitation.token_hash == hash_token(token) and token not in invitation.token_hash


def test_every_link_is_different(app):
    child = create_child(iro=create_staff())
    links = {create_invitation(child) for _ in range(20)}
    assert len(links) == 20


def spoil(link: str, how: str) -> str:
    invitation = db.session.scalar(db.select(Invitation).where(Invitation.token_hash == hash_token(link[3:])))
    if how == "expired":
        invitation.expires_at = utcnow() - timedelta(seconds=1)
    elif how == "revoked":
        invitation.status = InvitationStatus.REVOKED
    db.session.commit()
    return link if how != "wrong" else link[:-4] + "AAAA"


@pytest.mark.parametrize("how", ["wrong", "expired", "revoked"])
def test_bad_links_all_get_the_same_friendly_page(browser, how):
    link = spoil(create_invitation(create_child(iro=create_staff())), how)
    page = browser.get(link, status=404)
    assert browser.h1 == "This link does not work"
    assert "Ask the person who sent it to you for a new link" in browser.text()
    main = page.find("main").decode()
    baseline = browser.get("/c/not-a-real-token-at-all", status=404).find("main").decode()
    assert main == baseline


@pytest.mark.parametrize("token", ["x" * 5000, "%00", "../../etc/passwd", "' OR 1=1 --"])
def test_odd_tokens_never_give_a_server_error(browser, token):
    browser.get(f"/c/{token}", status=404)


def test_revoking_a_link_stops_a_child_who_already_opened_it(browser):
    link = create_invitation(create_child(iro=create_staff()))
    browser.get(link)
    spoil(link, "revoked")
    browser.get("/consultation", status=404)
    assert browser.h1 == "This link does not work"


def test_pages_without_an_opened_link_show_the_link_page(browser):
    for path in ("/consultation", "/consultation/feeling", "/consultation/check", "/consultation/done"):
        browser.get(path, status=404)
        assert browser.h1 == "This link does not work"
