"""The pages where staff choose how they are told and who is on duty: axe-clean, and usable without JavaScript
and by keyboard alone."""

import pytest
from playwright.sync_api import expect

from app.extensions import db
from app.models import NotifyBy, Role, StaffMember
from tests import factories
from tests.browser.conftest import DESKTOP

pytestmark = pytest.mark.browser


def heading(page):
    return page.get_by_role("heading", level=1)


def signed_in(new_context, live_server, member, javascript: bool):
    page = new_context(javascript=javascript, viewport=DESKTOP).new_page()
    page.goto(live_server + "/staff/sign-in")
    page.get_by_label("Email address").fill(member.email)
    page.get_by_label("Password").fill(factories.PASSWORD)
    page.get_by_role("button", name="Continue").click()
    page.get_by_label("Code").fill(factories.totp_code(member))
    page.get_by_role("button", name="Sign in").click()
    expect(heading(page)).to_have_text("Caseload")
    return page


@pytest.mark.parametrize("javascript", [True, False], ids=["js-on", "js-off"])
def test_a_manager_chooses_who_is_on_duty_and_to_be_told_by_text(app, live_server, new_context, axe, javascript):
    manager = factories.create_staff(role=Role.MANAGER, name="Priya Shah")
    factories.create_staff(role=Role.MANAGER, name="Tom Burke")
    page = signed_in(new_context, live_server, manager, javascript)

    page.get_by_role("link", name="IROs").click()
    expect(heading(page)).to_have_text("IROs and their caseloads")
    expect(page.get_by_role("main")).to_contain_text("No manager is on duty")
    axe.check(page, javascript)
    page.get_by_label("Choose the manager on duty").select_option(label="Tom Burke")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("main")).to_contain_text("Tom Burke is on duty")
    axe.check(page, javascript)

    page.get_by_role("link", name="Your profile").click()
    page.get_by_role("link", name="Change how we tell you").click()
    expect(heading(page)).to_have_text("How we tell you about views")
    axe.check(page, javascript)
    page.get_by_role("radio", name="By text message").check()
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("alert")).to_contain_text("Enter the mobile number to text")
    axe.check(page, javascript)
    page.get_by_label("Work mobile number").fill("07400 123456")
    page.get_by_role("button", name="Save").click()
    expect(heading(page)).to_have_text("Your profile")
    expect(page.get_by_role("main")).to_contain_text("By text message to your work mobile.")
    db.session.expire_all()
    assert db.session.get(StaffMember, manager.id).notify_by is NotifyBy.SMS


def test_an_iro_changes_how_they_are_told_by_keyboard_alone(app, live_server, new_context):
    iro = factories.create_staff()
    page = signed_in(new_context, live_server, iro, javascript=True)
    page.goto(live_server + "/staff/profile/alerts")
    keys = page.keyboard
    page.get_by_role("radio", name="By email").focus()
    keys.press("ArrowDown")  # to "By text message"
    expect(page.get_by_role("radio", name="By text message")).to_be_checked()
    keys.press("Tab")
    expect(page.get_by_label("Work mobile number")).to_be_focused()
    keys.type("07400 123456")
    keys.press("Enter")
    expect(heading(page)).to_have_text("Your profile")
    db.session.expire_all()
    member = db.session.get(StaffMember, iro.id)
    assert member.notify_by is NotifyBy.SMS and member.mobile.number == "+447400123456"
