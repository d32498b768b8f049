"""A member of staff's whole account life, read as the person and their administrator would: invited by email,
sets a password and two-factor, signs in with a code, is locked out, resets, and is deactivated."""

import re
from datetime import timedelta

import pyotp
import pytest
from sqlalchemy import select, update

from app.extensions import db
from app.models import AuditEvent, Role, StaffMember, StaffSession
from app.models.time import utcnow
from tests.conftest import sign_in
from tests.factories import PASSWORD, create_child, create_staff, totp_code
from tests.test_invitations import smtp_server  # noqa: F401  (a real SMTP server on 127.0.0.1)

NEW_PASSWORD = "kettle orbit lantern 42"


def deliver(app) -> None:
    """The outbox worker sends what is queued, to the local SMTP server."""
    assert app.test_cli_runner().invoke(args=["outbox", "worker", "--once"]).exit_code == 0


def last_email_to(app, smtp_server, address: str):
    deliver(app)
    found = [message for recipients, message in smtp_server.messages if address in recipients]
    assert found, f"no email to {address}"
    return found[-1]


def link_in(message) -> str:
    link = re.search(r"http://127\.0\.0\.1:5000(/\S+)", message.get_content())
    assert link, message.get_content()
    return link.group(1)


def secret_on(page) -> str:
    return page.select_one(".app-secret").get_text().replace(" ", "")


def actions_about(member) -> list[str]:
    events = select(AuditEvent).where((AuditEvent.staff_id == member.id) | (AuditEvent.subject_id == member.id))
    return [event.action for event in db.session.scalars(events.order_by(AuditEvent.id))]


def test_a_whole_account_life(app, browser, new_browser, smtp_server):
    admin = create_staff(role=Role.ADMIN)
    sign_in(browser, admin)

    # Invited by an administrator.
    browser.get("/staff/accounts")
    browser.follow("Invite someone")
    browser.submit({"name": "Nia Clarke", "email": "Nia.Clarke@example.org ", "role": "iro"})
    assert "We have emailed an invitation to nia.clarke@example.org" in browser.text()
    assert "Invited" in browser.text()
    invitation = last_email_to(app, smtp_server, "nia.clarke@example.org")
    assert "24 hours" in invitation.get_content()

    # Sets a password (refused if common or short) and enrols two-factor.
    nia = new_browser()
    nia.get(link_in(invitation))
    assert nia.h1 == "Set up your account"
    nia.submit({"password": "password1234", "confirm": "password1234"})
    assert nia.errors() == ["This is one of the most common passwords: choose a password that is harder to guess"]
    nia.submit({"password": "short", "confirm": "short"})
    assert nia.errors() == ["Your password must be at least 12 characters long"]
    nia.submit({"password": NEW_PASSWORD, "confirm": NEW_PASSWORD})
    assert nia.h1 == "Set up two-factor sign-in"
    assert nia.page.select_one("img.app-qr-code")["src"].startswith("data:image/svg+xml")
    secret = secret_on(nia.page)
    nia.submit({"code": "000000" if pyotp.TOTP(secret).now() != "000000" else "111111"})
    assert nia.errors() == ["The code is not right: enter the 6-digit code your authenticator app shows now"]
    nia.submit({"code": pyotp.TOTP(secret).now()})
    assert nia.h1 == "Save your recovery codes"
    codes = [code.get_text() for code in nia.page.select(".app-recovery-codes code")]
    assert len(codes) == 10 and len(set(codes)) == 10
    nia.follow("I have saved my codes: continue")
    assert nia.h1 == "Caseload"
    member = db.session.scalar(select(StaffMember).where(StaffMember.email == "nia.clarke@example.org"))
    assert nia.get(link_in(invitation), status=404) and nia.h1 == "This link does not work", "the invitation works once"

    # Signs in on another device with a code; a code already used is refused.
    desk = new_browser()
    desk.get("/staff/sign-in")
    desk.submit({"email": member.email, "password": NEW_PASSWORD})
    used = pyotp.TOTP(secret).now()
    desk.submit({"code": used})
    if desk.h1 == "Enter your code":  # the enrolment used this step already: the next one is accepted
        assert desk.errors()[0].startswith("The code is not right")
        desk.submit({"code": totp_code(member, secret)})
    assert desk.h1 == "Caseload"

    # Locked by 10 failures: even the right password is then refused, and a reset link is emailed.
    thief = new_browser()
    thief.get("/staff/sign-in")
    for _ in range(10):
        thief.submit({"email": member.email, "password": "not the password at all"})
        assert thief.errors() == ["Enter a correct email address and password"]
    thief.submit({"email": member.email, "password": NEW_PASSWORD})
    assert thief.errors() == ["Enter a correct email address and password"]
    locked = last_email_to(app, smtp_server, member.email)
    assert locked["Subject"] == "Your Listen to Me account is locked"
    browser.get(f"/staff/accounts/{member.id}")
    assert "Locked" in browser.text()

    # Resets: the account unlocks, every session ends, and the link works once.
    reset = new_browser()
    reset.get(link_in(locked))
    reset.submit({"password": "a brand new phrase 7", "confirm": "a brand new phrase 7"})
    assert "Your password has been changed" in reset.text()
    assert desk.client.get("/staff/").status_code == 302, "a new password ends every session"
    assert reset.get(link_in(locked), status=404) and reset.h1 == "This link does not work"
    reset.get("/staff/sign-in")
    reset.submit({"email": member.email, "password": "a brand new phrase 7"})
    reset.submit({"code": codes[0]})  # a recovery code stands in for the app, once
    assert reset.h1 == "Caseload"

    # Deactivated: the live session ends at once, and signing in again is refused.
    browser.get(f"/staff/accounts/{member.id}")
    browser.submit(form_index=[f.get("action", "") for f in browser.page.find_all("form")].index(f"/staff/accounts/{member.id}/deactivate"))
    assert "Nia Clarke can no longer sign in, and has been signed out everywhere" in browser.text()
    assert reset.client.get("/staff/").status_code == 302
    reset.get("/staff/sign-in")
    reset.submit({"email": member.email, "password": "a brand new phrase 7"})
    assert reset.errors() == ["Enter a correct email address and password"]

    recorded = actions_about(member)
    for action in ("invited_staff", "accepted_invitation", "enrolled_two_factor", "signed_in", "sign_in_failed", "locked",
                   "unlocked", "reset_password", "deactivated_staff"):
        assert action in recorded, action
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "locked"))
    assert event.address == "127.0.0.1" and event.user_agent.startswith("Werkzeug")


def test_a_code_is_accepted_one_step_either_side_of_now_and_never_twice():
    from app.auth.two_factor import check_code

    secret, now = pyotp.random_base32(), int(__import__("time").time()) // 30
    totp = pyotp.TOTP(secret)
    for step in (now - 1, now, now + 1):
        assert check_code(secret, totp.at(step * 30), None) == step
    assert check_code(secret, totp.at((now - 3) * 30), None) is None
    assert check_code(secret, totp.at((now + 3) * 30), None) is None
    assert check_code(secret, totp.at(now * 30), now) is None, "a step already used is refused"
    assert check_code(secret, "12345", None) is None and check_code(secret, "١٢٣٤٥٦", None) is None


def test_sessions_end_after_30_minutes_idle_or_12_hours_in_all(browser):
    member = create_staff()
    sign_in(browser, member)
    assert browser.client.get("/staff/").status_code == 200
    db.session.execute(update(StaffSession).values(last_seen_at=utcnow() - timedelta(minutes=31)))
    db.session.commit()
    assert browser.client.get("/staff/").status_code == 302
    sign_in(browser, member)
    db.session.execute(update(StaffSession).values(created_at=utcnow() - timedelta(hours=12, minutes=1)))
    db.session.commit()
    assert browser.client.get("/staff/").status_code == 302
    assert db.session.scalar(select(StaffSession)) is None, "an expired session is deleted, not kept"


def test_signing_in_starts_a_fresh_session(browser, new_browser):
    member = create_staff()
    planted = new_browser()
    planted.get("/staff/sign-in")
    cookie = planted.client.get_cookie("session").value
    browser.client.set_cookie("session", cookie)  # an attacker's session, planted before sign-in
    sign_in(browser, member)
    assert browser.client.get_cookie("session").value != cookie
    assert planted.client.get("/staff/").status_code == 302, "the planted cookie is not signed in"


def test_changing_a_password_ends_every_other_session_and_says_so_by_email(app, browser, new_browser, smtp_server):
    member = create_staff()
    other = new_browser()
    sign_in(other, member)
    sign_in(browser, member)
    browser.follow("Your account")
    assert len(browser.page.select("tbody tr")) == 2 and "This device" in browser.text()
    browser.follow("Change")
    browser.submit({"current": "wrong", "password": NEW_PASSWORD, "confirm": NEW_PASSWORD})
    assert browser.errors() == ["Your current password is not right"]
    browser.submit({"current": PASSWORD, "password": NEW_PASSWORD, "confirm": "something else entirely"})
    assert browser.errors() == ["The passwords do not match"]
    browser.submit({"current": PASSWORD, "password": NEW_PASSWORD, "confirm": NEW_PASSWORD})
    assert "Your password has been changed" in browser.text()
    assert browser.client.get("/staff/").status_code == 200
    assert other.client.get("/staff/").status_code == 302
    assert last_email_to(app, smtp_server, member.email)["Subject"] == "Your Listen to Me password has changed"


def test_signing_out_on_every_other_device(browser, new_browser):
    member = create_staff()
    other = new_browser()
    sign_in(other, member)
    sign_in(browser, member)
    browser.get("/staff/account")
    browser.submit(form_index=1)
    assert "You have been signed out on every other device" in browser.text()
    assert other.client.get("/staff/").status_code == 302 and browser.client.get("/staff/").status_code == 200


def test_a_forgotten_password_gets_the_same_answer_whether_or_not_there_is_an_account(app, browser, smtp_server):
    member = create_staff()
    browser.get("/staff/sign-in")
    browser.follow("Forgotten your password?")
    browser.submit({"email": "nobody@example.org"})
    unknown = browser.text().replace("nobody@example.org", "ADDRESS")
    browser.get("/staff/forgot-password")
    browser.submit({"email": member.email})
    assert browser.text().replace(member.email, "ADDRESS") == unknown
    deliver(app)
    assert [recipients for recipients, _ in smtp_server.messages] == [[member.email]]


def test_a_reset_link_lasts_an_hour_and_an_invitation_a_day(app, browser, smtp_server):
    from app.models import AccountLink

    member = create_staff()
    browser.get("/staff/forgot-password")
    browser.submit({"email": member.email})
    link = link_in(last_email_to(app, smtp_server, member.email))
    browser.get(link)
    assert browser.h1 == "Choose a new password"
    db.session.execute(update(AccountLink).values(expires_at=utcnow() - timedelta(seconds=1)))
    db.session.commit()
    browser.get(link, status=404)
    assert browser.h1 == "This link does not work"
    created = db.session.scalar(select(AccountLink))
    assert created.expires_at - created.created_at <= timedelta(hours=1, seconds=1) + timedelta(seconds=1)


def test_an_administrator_cannot_change_their_own_role_or_make_a_manager(browser):
    admin, iro = create_staff(role=Role.ADMIN), create_staff()
    sign_in(browser, admin)
    browser.get(f"/staff/accounts/{admin.id}")
    assert "This is your own account: someone else must change it." in browser.text()
    assert browser.page.find("input", attrs={"name": "role"}) is None, "no role form on one's own account"
    browser.get(f"/staff/accounts/{iro.id}")
    assert [i["value"] for i in browser.page.find_all("input", attrs={"name": "role"})] == ["iro", "admin"]
    browser.submit({"role": "manager", "reason": "I would like to read views"})
    assert browser.errors() == ["Not a valid choice."]
    csrf = browser.page.find("input", attrs={"name": "csrf_token"})["value"]
    response = browser.client.post(f"/staff/accounts/{admin.id}", data={"csrf_token": csrf, "role": "admin", "reason": "x"})
    assert response.status_code == 403
    db.session.expire_all()
    assert admin.role is Role.ADMIN and iro.role is Role.IRO
    browser.get("/staff/", status=403)
    assert db.session.scalar(select(AuditEvent).where(AuditEvent.action == "refused_by_role")).staff_id == admin.id


def test_a_manager_changes_a_role_with_a_reason_that_is_audited(browser):
    manager, iro, busy = create_staff(role=Role.MANAGER), create_staff(), create_staff()
    create_child(iro=busy)
    sign_in(browser, manager)
    browser.get("/staff/accounts")
    browser.follow(iro.name)
    browser.submit({"role": "manager", "reason": ""})
    assert browser.errors() == ["Enter the reason for the change"]
    browser.submit({"role": "manager", "reason": "Acting team manager from January"})
    assert f"{iro.name} is now: Manager" in browser.text()
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "changed_role"))
    assert (event.staff_id, event.subject_id) == (manager.id, iro.id)
    assert event.detail == "iro → manager: Acting team manager from January"
    browser.get(f"/staff/accounts/{busy.id}")
    browser.submit({"role": "admin", "reason": "Moving to the admin team"})
    assert browser.errors() == ["Reallocate this IRO's children before changing their role"]


def test_an_administrator_resets_two_factor_and_the_person_enrols_again(app, browser, new_browser, smtp_server):
    admin, member = create_staff(role=Role.ADMIN), create_staff()
    person = new_browser()
    sign_in(person, member)
    sign_in(browser, admin)
    browser.get(f"/staff/accounts/{member.id}")
    actions = [f.get("action", "") for f in browser.page.find_all("form")]
    browser.submit(form_index=actions.index(f"/staff/accounts/{member.id}/reset_two_factor"))
    assert "will set up two-factor sign-in again" in browser.text()
    assert person.client.get("/staff/").status_code == 302
    assert last_email_to(app, smtp_server, member.email)["Subject"] == "Your two-factor sign-in has been reset"
    person.get("/staff/sign-in")
    person.submit({"email": member.email, "password": PASSWORD})
    assert person.h1 == "Set up two-factor sign-in"
    person.submit({"code": pyotp.TOTP(secret_on(person.page)).now()})
    assert person.h1 == "Save your recovery codes"


def test_the_first_manager_is_made_on_the_server(app, browser):
    result = app.test_cli_runner().invoke(args=["staff", "create", "--email", "Head@Example.org", "--name", "Dee Head"])
    assert result.exit_code == 0, result.output
    link = re.search(r"http://127\.0\.0\.1:5000(/\S+)", result.output).group(1)
    browser.get(link)
    browser.submit({"password": NEW_PASSWORD, "confirm": NEW_PASSWORD})
    browser.submit({"code": pyotp.TOTP(secret_on(browser.page)).now()})
    browser.follow("I have saved my codes: continue")
    assert browser.h1 == "Caseload"
    assert "Reports" in browser.text()
    again = app.test_cli_runner().invoke(args=["staff", "create", "--email", "head@example.org", "--name", "Dee"])
    assert again.exit_code != 0 and "already an account" in again.output


def test_demo_accounts_sign_in_with_their_printed_two_factor_secret(app, browser):
    import json

    loaded = json.loads(app.test_cli_runner().invoke(args=["demo-data", "--json"]).output)
    admin = next(member for member in loaded["staff"] if member["role"] == "admin")
    browser.get("/staff/sign-in")
    browser.submit({"email": admin["email"], "password": admin["password"]})
    browser.submit({"code": pyotp.TOTP(admin["totp_secret"]).now()})
    assert browser.h1 == "Staff accounts"


def test_the_audit_trail_cannot_be_changed(app):
    member = create_staff()
    db.session.add(AuditEvent(staff_id=member.id, action="signed_in"))
    db.session.commit()
    event = db.session.scalar(select(AuditEvent))
    event.action = "nothing happened"
    with pytest.raises(PermissionError):
        db.session.commit()
    db.session.rollback()
    db.session.delete(db.session.scalar(select(AuditEvent)))
    with pytest.raises(PermissionError):
        db.session.commit()
    db.session.rollback()


def test_too_many_sign_ins_from_one_address_are_refused_for_a_while(app, browser):
    app.config["SIGN_IN_LIMIT_PER_ADDRESS"] = "5 per 15 minutes"
    browser.get("/staff/sign-in")
    for number in range(5):
        browser.submit({"email": f"someone{number}@example.org", "password": "guess"})
    browser.submit({"email": "another@example.org", "password": "guess"}, status=429)
    assert browser.h1 == "Too many attempts"


def test_too_many_sign_ins_to_one_account_are_refused_from_any_address(app, browser):
    app.config["SIGN_IN_LIMIT_PER_ACCOUNT"] = "3 per 15 minutes"
    member = create_staff()
    for number in range(3):
        browser.client.environ_base["REMOTE_ADDR"] = f"10.0.0.{number}"
        browser.get("/staff/sign-in")
        browser.submit({"email": member.email, "password": "guess"})
    browser.client.environ_base["REMOTE_ADDR"] = "10.0.0.99"
    browser.get("/staff/sign-in")
    browser.submit({"email": member.email, "password": PASSWORD}, status=429)


def test_limits_are_kept_in_redis_when_it_is_set(tmp_path):
    import redis

    from tests.conftest import Browser, app_on_a_fresh_database, needs

    client = redis.Redis.from_url("redis://127.0.0.1:6379/15")
    try:
        client.flushdb()
    except redis.exceptions.ConnectionError:
        needs("Redis", "Redis at 127.0.0.1:6379 keeps the counts every app server shares")
    overrides = {"RATELIMIT_STORAGE_URI": "redis://127.0.0.1:6379/15", "SIGN_IN_LIMIT_PER_ADDRESS": "2 per 15 minutes"}
    with app_on_a_fresh_database(tmp_path, **overrides) as app:
        browser = Browser(app.test_client())
        browser.get("/staff/sign-in")
        browser.submit({"email": "a@example.org", "password": "guess"})
        assert client.keys("*"), "the count is in Redis"
        browser.submit({"email": "b@example.org", "password": "guess"})
        browser.submit({"email": "c@example.org", "password": "guess"}, status=429)
    client.flushdb()


def test_the_site_stays_up_when_redis_is_down(tmp_path, caplog):
    import logging

    from tests.conftest import Browser, app_on_a_fresh_database

    # Running the migrations (another test) applies Alembic's logging file, which disables loggers made before it.
    logging.getLogger("flask-limiter").disabled = False
    with app_on_a_fresh_database(tmp_path, RATELIMIT_STORAGE_URI="redis://127.0.0.1:1/0") as app:
        member = create_staff()
        browser = Browser(app.test_client())
        sign_in(browser, member)
        assert browser.h1 == "Caseload"
    assert any("rate limit" in record.getMessage().lower() for record in caplog.records)
