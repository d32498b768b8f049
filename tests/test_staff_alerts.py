"""Alerts to staff: new views to the IRO, urgent flags to the IRO and the duty manager at once, and views left
unread for more than 2 working days; by email through a real local SMTP server or by text at Twilio's boundary."""

from datetime import date, timedelta
from urllib.parse import urlsplit

import pytest

from app.extensions import db
from app.models import Role, StaffAlert
from tests.conftest import app_on_a_fresh_database, sign_in
from tests.factories import create_child, create_staff
from tests.sms.conftest import BASE_URL, FakeTwilio, twilio_config
from tests.test_invitations import smtp_server  # noqa: F401  (a real SMTP server on 127.0.0.1)
from tests.test_routing import send_views
from tests.test_urgent_flags import flag

STAFF_MOBILE = "+447400123456"


@pytest.fixture
def twilio() -> FakeTwilio:
    return FakeTwilio()


@pytest.fixture
def app(tmp_path, twilio):
    with app_on_a_fresh_database(tmp_path, **twilio_config(twilio)) as app:
        yield app


def run_worker(app) -> None:
    result = app.test_cli_runner().invoke(args=["outbox", "worker", "--once"])
    assert result.exit_code == 0, result.output


def emails_to(smtp_server, address: str) -> list:
    return [message for recipients, message in smtp_server.messages if address in recipients]


def body(message) -> str:
    return message.get_content()


def on_duty(browser, manager) -> None:
    browser.get("/staff/team")
    browser.submit({"manager": str(manager.id)})
    assert f"The manager on duty is now {manager.name}" in browser.text()


def test_new_views_are_emailed_to_the_allocated_iro_alone_without_naming_the_child(app, browser, new_browser, smtp_server):
    iro, other_iro = create_staff(), create_staff()
    child = create_child(iro=iro)
    send_views(new_browser(), child)
    run_worker(app)
    [message] = emails_to(smtp_server, iro.email)
    assert message["Subject"] == "New views to read"
    words = body(message)
    assert child.first_name not in words and child.last_name not in words and "football" not in words
    assert emails_to(smtp_server, other_iro.email) == []
    link = next(word for word in words.split() if word.startswith(BASE_URL))
    sign_in(browser, iro)
    assert "Caseload (1 new)" in browser.text()
    browser.get(urlsplit(link).path)
    assert child.full_name in browser.h1


def test_an_iro_who_chooses_text_is_texted_and_a_wrong_number_is_told_where_it_was_typed(app, browser, new_browser, twilio, smtp_server):
    iro = create_staff()
    child = create_child(iro=iro)
    sign_in(browser, iro)
    browser.get("/staff/profile")
    browser.follow("Change how we tell you")
    browser.submit({"notify_by": "sms", "mobile": "12345"})
    assert browser.errors() == ["Enter a UK mobile number, like 07700 900 982, or an international one starting with +"]
    assert browser.page.select_one("#mobile")["value"] == "12345"
    browser.submit({"notify_by": "sms"})
    assert browser.errors() == ["Enter the mobile number to text"]
    browser.submit({"notify_by": "sms", "mobile": "07400 123456"})
    assert "We will tell you by text message" in browser.text()
    send_views(new_browser(), child)
    run_worker(app)
    [text] = twilio.bodies_to(STAFF_MOBILE)
    assert text.startswith("New views have arrived on Listen to Me") and child.first_name not in text
    assert emails_to(smtp_server, iro.email) == []


def test_an_urgent_flag_alerts_the_iro_and_the_manager_on_duty_at_once(app, browser, new_browser, smtp_server):
    iro = create_staff()
    duty, other = create_staff(role=Role.MANAGER), create_staff(role=Role.MANAGER)
    child = create_child(iro=iro)
    sign_in(browser, other)
    on_duty(browser, duty)
    flag(new_browser, child)  # "I don't feel safe", before anything is sent
    run_worker(app)
    for member in (iro, duty):
        [message] = emails_to(smtp_server, member.email)
        assert message["Subject"] == "Urgent: a child may need help"
        assert f"{BASE_URL}/staff/children/{child.id}" in body(message) and child.first_name not in body(message)
    assert emails_to(smtp_server, other.email) == []


def test_with_no_manager_on_duty_every_manager_hears_of_an_urgent_flag(app, browser, new_browser, smtp_server):
    managers = [create_staff(role=Role.MANAGER), create_staff(role=Role.MANAGER)]
    flag(new_browser, create_child(iro=create_staff()))
    run_worker(app)
    for manager in managers:
        assert [m["Subject"] for m in emails_to(smtp_server, manager.email)] == ["Urgent: a child may need help"]
    browser_ = new_browser()
    sign_in(browser_, managers[0])
    browser_.get("/staff/team")
    assert "No manager is on duty, so every manager is told of each urgent flag." in browser_.text()


def test_views_no_iro_can_read_go_to_the_manager_on_duty(app, browser, new_browser, smtp_server):
    duty = create_staff(role=Role.MANAGER)
    sign_in(browser, duty)
    on_duty(browser, duty)
    send_views(new_browser(), create_child(iro=None))
    run_worker(app)
    assert [m["Subject"] for m in emails_to(smtp_server, duty.email)] == ["New views to read"]


def test_views_unread_for_more_than_2_working_days_are_flagged_once_to_the_iro_now_allocated_and_the_duty_manager(
    app, browser, new_browser, smtp_server
):
    old_iro, new_iro, duty = create_staff(), create_staff(), create_staff(role=Role.MANAGER)
    child = create_child(iro=old_iro)
    submission = send_views(new_browser(), child)
    run_worker(app)
    smtp_server.messages.clear()
    sign_in(browser, duty)
    on_duty(browser, duty)
    browser.get(f"/staff/children/{child.id}")
    browser.submit({"iro": str(new_iro.id)}, form_index=_form_with(browser, "iro"))
    run_worker(app)
    # The new IRO hears at once that the views wait for them (tests/test_handover.py), and of the delay later.
    assert [m["Subject"] for m in emails_to(smtp_server, new_iro.email)] == ["New views to read"]
    smtp_server.messages.clear()

    runner = app.test_cli_runner()
    # Two working days have not yet passed: nothing to flag.
    assert "views flagged: 0" in runner.invoke(args=["notifications", "unread", "--today", _working_days_on(1)]).output
    later = _working_days_on(3)
    result = runner.invoke(args=["notifications", "unread", "--today", later])
    assert result.exit_code == 0 and "Staff told: 2; views flagged: 2" in result.output, result.output
    run_worker(app)
    for member in (new_iro, duty):
        [message] = emails_to(smtp_server, member.email)
        assert message["Subject"] == "Views waiting more than 2 working days"
        assert body(message).startswith("1 set of views on Listen to Me has waited more than 2 working days")
    assert emails_to(smtp_server, old_iro.email) == []
    assert "Staff told: 0; views flagged: 0" in runner.invoke(args=["notifications", "unread", "--today", later]).output
    # New views to the old IRO, and to the new one on the handover; unread to the new IRO and the duty manager.
    assert db.session.scalar(db.select(db.func.count(StaffAlert.id)).where(StaffAlert.submission_id == submission.id)) == 4


def test_the_caseload_marks_and_filters_views_waiting_more_than_2_working_days(app, browser, new_browser):
    iro = create_staff()
    waiting, fresh = create_child(iro=iro, first_name="Waiting"), create_child(iro=iro, first_name="Fresh")
    old = send_views(new_browser(), waiting)
    send_views(new_browser(), fresh)
    old.submitted_at -= timedelta(days=7)  # it arrived a week ago
    db.session.commit()
    sign_in(browser, iro)
    browser.get("/staff/?show=late")
    rows = browser.page.select("tbody tr")
    assert len(rows) == 1 and waiting.full_name in rows[0].get_text() and "Waiting over 2 working days" in rows[0].get_text()
    browser.get("/staff/?show=unread")
    assert len(browser.page.select("tbody tr")) == 2


def _form_with(browser, field: str) -> int:
    return next(i for i, form in enumerate(browser.page.find_all("form")) if form.find(attrs={"name": field}))


def _working_days_on(days: int) -> str:
    from app.reviews.timescales import add_working_days

    return add_working_days(date.today(), days).isoformat()


def test_an_alert_email_the_mail_server_refuses_is_tried_again_later_then_marked_failed(app, new_browser):
    from app.models import EmailStatus, OutboundEmail
    from tests.test_invitations import _free_port

    app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=_free_port(), MAIL_USE_TLS=False, OUTBOX_RETRY_SECONDS=60, OUTBOX_MAX_ATTEMPTS=2)
    send_views(new_browser(), create_child(iro=create_staff()))
    run_worker(app)  # nothing listens on that port
    email = db.session.scalar(db.select(OutboundEmail))
    assert email.status is EmailStatus.PENDING and email.attempts == 1 and email.next_attempt_at > email.created_at
    email.next_attempt_at = email.created_at  # the minute has passed
    db.session.commit()
    run_worker(app)
    db.session.refresh(email)
    assert email.status is EmailStatus.FAILED and email.attempts == 2
