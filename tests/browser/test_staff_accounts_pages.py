"""The sign-in and account pages, walked in Chromium: axe-clean, with and without JavaScript, and the sign-in
done by keyboard alone."""

import pyotp
import pytest
from playwright.sync_api import expect

from app.auth import links
from app.extensions import db
from app.models import LinkPurpose, Role, StaffMember
from tests import factories
from tests.browser.conftest import DESKTOP, PHONE

pytestmark = pytest.mark.browser


def heading(page):
    return page.get_by_role("heading", level=1)


@pytest.mark.parametrize("javascript", [True, False], ids=["js-on", "js-off"])
def test_an_administrator_invites_someone_who_sets_up_their_account(app, live_server, new_context, axe, javascript):
    admin = factories.create_staff(role=Role.ADMIN, name="Sam Adeyemi")
    desk = new_context(javascript=javascript, viewport=DESKTOP).new_page()
    desk.goto(live_server + "/staff/sign-in")
    desk.get_by_role("button", name="Continue").click()
    expect(desk.get_by_role("alert")).to_contain_text("Enter your email address")
    axe.check(desk, javascript)
    desk.get_by_label("Email address").fill(admin.email)
    desk.get_by_label("Password").fill(factories.PASSWORD)
    desk.get_by_role("button", name="Continue").click()
    expect(heading(desk)).to_have_text("Enter your code")
    desk.get_by_role("button", name="Sign in").click()
    expect(desk.get_by_role("alert")).to_contain_text("Enter the 6-digit code")
    axe.check(desk, javascript)
    desk.get_by_label("Code").fill(factories.totp_code(admin))
    desk.get_by_role("button", name="Sign in").click()
    expect(heading(desk)).to_have_text("Staff accounts")
    axe.check(desk, javascript)

    desk.get_by_role("button", name="Invite someone").click()
    desk.get_by_role("button", name="Send the invitation").click()
    expect(desk.get_by_role("alert")).to_contain_text("Enter their full name")
    axe.check(desk, javascript)
    desk.get_by_label("Full name").fill("Nia Clarke")
    desk.get_by_label("Work email address").fill("nia@example.org")
    desk.get_by_role("radio", name="Independent Reviewing Officer").check()
    desk.get_by_role("button", name="Send the invitation").click()
    expect(heading(desk)).to_have_text("Nia Clarke")
    axe.check(desk, javascript)

    nia = db.session.scalar(db.select(StaffMember).where(StaffMember.email == "nia@example.org"))
    link = links.create(nia, LinkPurpose.INVITE)
    db.session.commit()
    phone = new_context(javascript=javascript, viewport=PHONE).new_page()
    phone.goto(link.replace("http://127.0.0.1:5000", live_server))
    expect(heading(phone)).to_have_text("Set up your account")
    axe.check(phone, javascript)
    phone.get_by_label("New password", exact=True).fill("kettle orbit lantern 42")
    phone.get_by_label("Confirm your new password").fill("kettle orbit lantern 42")
    phone.get_by_role("button", name="Continue").click()
    expect(heading(phone)).to_have_text("Set up two-factor sign-in")
    axe.check(phone, javascript)
    secret = phone.locator(".app-secret").inner_text().replace(" ", "")
    phone.get_by_label("Code").fill(pyotp.TOTP(secret).now())
    phone.get_by_role("button", name="Continue").click()
    expect(heading(phone)).to_have_text("Save your recovery codes")
    axe.check(phone, javascript)
    phone.get_by_role("button", name="I have saved my codes: continue").click()
    expect(heading(phone)).to_have_text("Caseload")

    phone.goto(live_server + "/staff/account")
    expect(heading(phone)).to_have_text("Your account")
    axe.check(phone, javascript)
    phone.goto(live_server + "/staff/sign-out")
    axe.check(phone, javascript)
    phone.get_by_role("button", name="Sign out").click()
    expect(heading(phone)).to_have_text("Sign in")


def test_signing_in_by_keyboard_alone(app, live_server, new_context):
    member = factories.create_staff()
    page = new_context(javascript=True, viewport=DESKTOP).new_page()
    page.goto(live_server + "/staff/sign-in")
    page.get_by_label("Email address").focus()
    keys = page.keyboard
    keys.type(member.email)
    keys.press("Tab")
    keys.type(factories.PASSWORD)
    keys.press("Enter")
    expect(heading(page)).to_have_text("Enter your code")
    page.get_by_label("Code").focus()
    keys.type(factories.totp_code(member))
    keys.press("Enter")
    expect(heading(page)).to_have_text("Caseload")
