"""The privacy notices and the subject access page: axe-clean in Chromium, with and without JavaScript, on a phone."""

import pytest
from playwright.sync_api import expect

from app.models import Role
from tests import factories
from tests.browser.conftest import DESKTOP, assert_no_horizontal_scroll

pytestmark = pytest.mark.browser

NOTICES = ["ages-4-to-7", "ages-8-to-11", "ages-12-to-15", "ages-16-to-18", "adults"]


@pytest.mark.parametrize("javascript", [True, False], ids=["js-on", "js-off"])
def test_every_privacy_notice_passes_axe_on_a_phone(app, live_server, new_context, axe, javascript):
    page = new_context(javascript=javascript).new_page()
    page.goto(live_server + "/help")
    page.get_by_role("contentinfo").get_by_role("link", name="Privacy").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("How we use what you tell us")
    axe.check(page, javascript)
    for notice in NOTICES:
        page.goto(f"{live_server}/privacy/{notice}")
        expect(page.get_by_role("main")).to_contain_text("Anytown Council")
        axe.check(page, javascript)
        assert_no_horizontal_scroll(page)


def test_the_subject_access_page_passes_axe(app, live_server, new_context, axe):
    manager = factories.create_staff(role=Role.MANAGER)
    child = factories.create_child(iro=factories.create_staff(), age=10)
    page = new_context(viewport=DESKTOP).new_page()
    page.goto(live_server + "/staff/sign-in")
    page.get_by_label("Email address").fill(manager.email)
    page.get_by_label("Password").fill(factories.PASSWORD)
    page.get_by_role("button", name="Continue").click()
    page.get_by_label("Code").fill(factories.totp_code(manager))
    page.get_by_role("button", name="Sign in").click()
    page.goto(f"{live_server}/staff/children/{child.id}")
    page.get_by_role("link", name="Subject access request").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Subject access request")
    axe.check(page)
    page.get_by_role("button", name="Download the ZIP file").click()
    expect(page.get_by_role("alert")).to_contain_text("Select whose information the request is for")
    axe.check(page)
    page.get_by_role("radio", name=f"{child.full_name} (the child)").check()
    page.get_by_label("Reference of the request").fill("SAR-1")
    with page.expect_download() as downloading:
        page.get_by_role("button", name="Download the ZIP file").click()
    assert downloading.value.suggested_filename == "subject-access-SAR-1.zip"
