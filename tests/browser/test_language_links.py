"""The language links on a phone, without JavaScript: an Arabic child's pages pass axe right to left at 360px, each
link is big enough to tap, and choosing Polish on a question keeps the page and the answer chosen."""

import pytest
from flask_babel import force_locale, gettext
from playwright.sync_api import expect

from app.extensions import db
from tests import factories
from tests.browser.conftest import assert_no_horizontal_scroll

pytestmark = pytest.mark.browser


def test_the_language_links_on_a_phone_without_javascript(app, live_server, new_context, axe):
    child = factories.create_child(iro=factories.create_staff())
    child.preferred_language = "ar"
    db.session.commit()
    link = factories.create_invitation(child)
    page = new_context(javascript=False).new_page()

    page.goto(live_server + link)
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    axe.check(page, javascript=False)
    assert_no_horizontal_scroll(page)
    with force_locale("ar"):
        links = page.get_by_role("navigation", name=gettext("Language")).get_by_role("link")
    expect(links).to_have_count(5)
    for index in range(5):
        box = links.nth(index).bounding_box()
        assert box["height"] >= 24, f"{links.nth(index).inner_text()} is {box['height']}px tall"

    page.goto(live_server + "/consultation/share_words")
    page.locator("#answer").check()
    page.locator("form").first.locator("button").first.click()  # Continue, in whatever words the catalog gives
    question = page.url
    assert not question.endswith("/share_words"), "answered, and on to the next question"
    axe.check(page, javascript=False)
    page.get_by_role("link", name="Polski", exact=True).click()
    expect(page.locator("html")).to_have_attribute("lang", "pl")
    assert page.url == question, "the same page, in Polish"
    expect(page.locator("html")).to_have_attribute("dir", "ltr")
    page.goto(live_server + "/consultation/share_words")  # the question before: its answer still chosen
    expect(page.locator("#answer")).to_be_checked()
