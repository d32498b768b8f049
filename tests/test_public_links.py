"""Every link written into a page, text, email or letter starts with PUBLIC_BASE_URL, whatever Host a request names.

Anyone can send any Host header; a link built from it would hand a child's token to whoever sent it."""

import re
from datetime import date

import pytest

from tests.conftest import Browser, IsolatedClient, sign_in
from tests.factories import create_child, create_staff

PUBLIC = "https://listen.example.org"


class ClientAtEvilHost(IsolatedClient):
    """A browser whose every request names evil.example as its Host, as a poisoned proxy or a forged request would."""

    def open(self, *args, **kwargs):
        kwargs.setdefault("headers", {})
        kwargs["headers"] = {**dict(kwargs["headers"]), "Host": "evil.example"}
        return super().open(*args, **kwargs)


@pytest.fixture
def evil_browser(app) -> Browser:
    app.config["PUBLIC_BASE_URL"] = PUBLIC
    app.test_client_class = ClientAtEvilHost
    return Browser(app.test_client())


def test_the_host_header_does_reach_the_app(evil_browser):
    """So the tests below would see a link built from it."""
    evil_browser.get("/")
    assert evil_browser.response.request.host == "evil.example"


def test_links_handed_over_after_a_review_start_with_the_public_address(evil_browser):
    iro = create_staff()
    child = create_child(iro=iro, age=12, review_in_days=3)
    sign_in(evil_browser, iro)
    evil_browser.get(f"/staff/children/{child.id}")
    evil_browser.follow("Record the next review as held")
    held = date.today()
    evil_browser.submit({"day": str(held.day), "month": str(held.month), "year": str(held.year), "code": "PN1"})
    assert evil_browser.h1 == "Review recorded"
    links = [dd.get_text(strip=True) for dd in evil_browser.page.select(".app-link-text")]
    assert links and all(re.fullmatch(rf"{PUBLIC}/c/[\w-]+", link) for link in links), links
    assert "evil.example" not in evil_browser.response.get_data(as_text=True)


def test_a_printed_letter_links_to_the_public_address(evil_browser):
    iro = create_staff()
    child = create_child(iro=iro)
    sign_in(evil_browser, iro)
    evil_browser.get(f"/staff/children/{child.id}")
    evil_browser.follow("Print an invitation letter with a code")
    evil_browser.submit({"respondent": "child"})
    text = evil_browser.text()
    assert re.search(r"Or type this link: (\S+)", text).group(1).startswith(f"{PUBLIC}/c/")
    assert f"{PUBLIC}/" in text
    assert "evil.example" not in evil_browser.response.get_data(as_text=True)
