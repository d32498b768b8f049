"""The life of an urgent flag, with the clock moved: raised, told, acknowledged or escalated to every manager and
then to the out-of-hours contact; and the lower "check in" flag that "Not sure" raises. Emails go through a real
local SMTP server and texts to Twilio's HTTP boundary, both sent by the outbox worker."""

from collections import Counter
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from app.extensions import db
from app.invitations.tokens import create_invitation as make_invitation
from app.messaging import phones
from app.models import NotifyBy, Role, Submission
from app.questionnaires import registry
from app.safeguarding import flags
from app.submissions import progress
from tests.conftest import app_on_a_fresh_database, at_once, sign_in
from tests.factories import create_child, create_invitation, create_staff
from tests.helpers.commands import run_worker
from tests.helpers.journeys import the_submission
from tests.helpers.mail import body, emails_to
from tests.helpers.staff_pages import banner, on_duty
from tests.helpers.twilio import BASE_URL, FakeTwilio, twilio_config
from tests.helpers.walking import form_data, walk_to

OUT_OF_HOURS_EMAIL = "emergency.duty@council.example"
OUT_OF_HOURS_PHONE = "+447400765432"
LONDON = ZoneInfo("Europe/London")
URGENT, ESCALATED = "Urgent: a child may need help", "Urgent flag not yet acknowledged"


@pytest.fixture
def app(tmp_path, twilio):
    contact = {"OUT_OF_HOURS_EMAIL": OUT_OF_HOURS_EMAIL, "OUT_OF_HOURS_PHONE": "07400 765432"}
    with app_on_a_fresh_database(tmp_path, **twilio_config(twilio), **contact) as app:
        yield app


def flag_at(child, when: str) -> Submission:
    """The child presses "I don't feel safe" at this London time: the moment is given to raise_flag, which the
    pages call with the time now."""
    db.session.expire_all()  # read what the pages have changed (the manager on duty), as the child's request would
    invitation, _ = make_invitation(child, child.next_review, "child_8_11")
    submission = progress.submission_for(invitation)
    flags.raise_flag(submission, flags.ASKED, now=datetime.fromisoformat(when).replace(tzinfo=LONDON))
    db.session.commit()
    return submission


def escalate(app, when: str) -> str:
    result = app.test_cli_runner().invoke(args=["notifications", "escalate", "--now", when])
    assert result.exit_code == 0, result.output
    return result.output


def subjects(smtp_server, member) -> list[str]:
    return [message["Subject"] for message in emails_to(smtp_server, member.email)]


def history(browser, submission) -> str:
    browser.get(f"/staff/views/{submission.id}")
    return " ".join(browser.page.select_one("#flag-history").get_text().split())


def test_a_flag_nobody_acknowledges_goes_to_every_manager_then_to_the_out_of_hours_contact(app, browser, smtp_server, twilio):
    iro = create_staff(name="Ida Iro")
    duty, other = create_staff(role=Role.MANAGER, name="Dee Duty"), create_staff(role=Role.MANAGER, name="Max Other")
    child = create_child(iro=iro)
    sign_in(browser, duty)
    on_duty(browser, duty)
    submission = flag_at(child, "2026-03-09T10:00")  # a Monday morning
    run_worker(app)
    assert subjects(smtp_server, iro) == [URGENT] and subjects(smtp_server, duty) == [URGENT]
    assert subjects(smtp_server, other) == [] and emails_to(smtp_server, OUT_OF_HOURS_EMAIL) == []

    assert "escalated to every manager: 0" in escalate(app, "2026-03-09T10:59")
    assert "escalated to every manager: 1" in escalate(app, "2026-03-09T11:00")  # 1 working hour, unacknowledged
    assert "escalated to every manager: 0" in escalate(app, "2026-03-09T11:30")  # never twice
    run_worker(app)
    assert subjects(smtp_server, duty) == [URGENT, ESCALATED] and subjects(smtp_server, other) == [ESCALATED]
    assert subjects(smtp_server, iro) == [URGENT]
    [escalated] = emails_to(smtp_server, other.email)
    assert f"{BASE_URL}/staff/children/{child.id}" in body(escalated)
    assert child.first_name not in body(escalated) and child.last_name not in body(escalated) and "care" not in body(escalated)
    assert emails_to(smtp_server, OUT_OF_HOURS_EMAIL) == [] and twilio.bodies_to(OUT_OF_HOURS_PHONE) == []

    assert "out-of-hours contact: 1" in escalate(app, "2026-03-09T12:00")  # a further working hour
    assert "out-of-hours contact: 0" in escalate(app, "2026-03-09T12:05")
    run_worker(app)
    [email] = emails_to(smtp_server, OUT_OF_HOURS_EMAIL)
    [text] = twilio.bodies_to(OUT_OF_HOURS_PHONE)
    for words in (body(email), text):
        assert f"{BASE_URL}/staff/children/{child.id}" in words and child.first_name not in words and "care" not in words

    steps = history(browser, submission)
    assert "9 March 2026, 10:00: Urgent flag raised" in steps
    assert "Ida Iro told, by email" in steps and "Dee Duty told, by email" in steps
    assert "9 March 2026, 11:00: Not acknowledged in time: every manager told (Dee Duty, Max Other)" in steps
    assert "9 March 2026, 12:00: Out-of-hours contact told (email and text)" in steps
    # Acknowledging after all that stops nothing already sent, and is shown too.
    browser.submit(form_index=_form(browser, "/acknowledged"))
    assert "Dee Duty acknowledged this flag" in browser.text()
    assert "Acknowledged by Dee Duty" in history(browser, submission)


def test_an_acknowledged_flag_goes_no_further(app, browser, smtp_server, twilio):
    iro, manager = create_staff(name="Ida Iro"), create_staff(role=Role.MANAGER)
    child = create_child(iro=iro)
    flag_at(child, "2026-03-09T10:00")
    sign_in(browser, iro)
    browser.follow(child.full_name + ", flagged")
    assert "If nobody does by 9 March 2026, 11:00, every manager is told" in browser.text()
    browser.submit(form_index=_form(browser, "/acknowledged"))
    assert "Ida Iro acknowledged this flag on" in browser.text()
    assert browser.page.find("form", action=lambda a: a and a.endswith("/acknowledged")) is None
    assert child.full_name in banner(browser), "acknowledged is not done: the flag stays until what was done is recorded"

    output = escalate(app, "2026-03-10T17:00")
    assert "escalated to every manager: 0" in output and "out-of-hours contact: 0" in output
    run_worker(app)
    assert subjects(smtp_server, manager) == [URGENT]
    assert emails_to(smtp_server, OUT_OF_HOURS_EMAIL) == [] and twilio.bodies_to(OUT_OF_HOURS_PHONE) == []


def test_a_flag_recorded_as_done_goes_no_further(app, browser, smtp_server):
    iro, manager = create_staff(), create_staff(role=Role.MANAGER)
    child = create_child(iro=iro)
    flag_at(child, "2026-03-09T10:00")
    sign_in(browser, iro)
    browser.follow(child.full_name + ", flagged")
    browser.submit({"action": "Rang the social worker."}, form_index=_form(browser, "/handled"))
    assert "The urgent flag is closed" in browser.text()
    assert "escalated to every manager: 0" in escalate(app, "2026-03-10T17:00")


def test_a_flag_raised_on_a_friday_night_goes_to_the_out_of_hours_contact_at_once(app, smtp_server, twilio):
    manager = create_staff(role=Role.MANAGER)
    child = create_child(iro=create_staff())
    submission = flag_at(child, "2026-03-06T22:00")
    run_worker(app)  # no escalation run: the out-of-hours contact is told with the flag itself
    assert len(emails_to(smtp_server, OUT_OF_HOURS_EMAIL)) == 1 and len(twilio.bodies_to(OUT_OF_HOURS_PHONE)) == 1
    assert "out-of-hours contact: 0" in escalate(app, "2026-03-06T23:00")
    # The office opens at 09:00 on Monday: an hour of working time later, every manager hears.
    assert "escalated to every manager: 0" in escalate(app, "2026-03-09T09:59")
    assert "escalated to every manager: 1" in escalate(app, "2026-03-09T10:00")
    run_worker(app)
    assert subjects(smtp_server, manager) == [URGENT, ESCALATED]
    assert len(emails_to(smtp_server, OUT_OF_HOURS_EMAIL)) == 1
    db.session.refresh(submission)
    assert submission.urgent_acknowledge_by == datetime(2026, 3, 9, 10, 0, tzinfo=LONDON)


def test_a_flag_still_unacknowledged_when_the_office_closes_goes_to_the_out_of_hours_contact(app, smtp_server):
    child = create_child(iro=create_staff())
    flag_at(child, "2026-03-09T16:30")
    assert "out-of-hours contact: 0" in escalate(app, "2026-03-09T16:59")
    output = escalate(app, "2026-03-09T17:00")
    assert "out-of-hours contact: 1" in output and "escalated to every manager: 0" in output  # managers: 09:30 Tuesday
    assert "escalated to every manager: 1" in escalate(app, "2026-03-10T09:30")


def test_check_in_flag_for_not_sure_goes_to_the_iro_alone_and_never_escalates(app, browser, new_browser, smtp_server):
    iro, duty = create_staff(name="Ida Iro"), create_staff(role=Role.MANAGER)
    child = create_child(iro=iro)
    child_browser = new_browser()
    child_browser.get(create_invitation(child))
    walk_to(child_browser, "child_8_11", "safe_at_home")
    child_browser.submit({"answer": "not_sure"})
    assert child_browser.h1 == "Get help now"
    assert "Ida, your IRO, will see what you told us." in child_browser.text()
    run_worker(app)
    assert subjects(smtp_server, iro) == ["Check in with a child"] and subjects(smtp_server, duty) == []
    [message] = emails_to(smtp_server, iro.email)
    assert f"{BASE_URL}/staff/children/{child.id}" in body(message) and child.first_name not in body(message)

    sign_in(browser, iro)
    assert banner(browser) == "", "a check-in is not pinned as an urgent flag"
    [row] = browser.page.select("tbody tr")
    assert "Check in with this child" in row.get_text() and "Urgent" not in row.get_text()
    browser.follow(child.full_name)
    assert "Check in with this child" in browser.text() and "Urgent" not in browser.text()
    assert "they were not sure if they feel safe where they live" in browser.text()
    browser.follow("See their answers")
    assert "Check-in flag raised" in browser.page.select_one("#flag-history").get_text()
    assert "Ida Iro asked to check in, by email" in browser.page.select_one("#flag-history").get_text()
    output = escalate(app, "2030-01-07T12:00")
    assert "escalated to every manager: 0" in output and "out-of-hours contact: 0" in output
    browser.submit(form_index=_form(browser, "/checked-in"))
    assert "The check-in flag is closed" in browser.text()
    assert "Ida Iro checked in with the child" in browser.page.select_one("#flag-history").get_text()
    browser.get("/staff/")
    assert "Check in with this child" not in browser.page.select_one("tbody tr").get_text()
    assert the_submission(child).urgent_at is None


def test_worrying_words_after_not_sure_still_raise_the_urgent_flag(app, browser, new_browser, smtp_server):
    iro, duty = create_staff(), create_staff(role=Role.MANAGER)
    child = create_child(iro=iro)
    child_browser = new_browser()
    child_browser.get(create_invitation(child))
    walk_to(child_browser, "child_8_11", "safe_at_home")
    child_browser.submit({"answer": "not_sure"})
    child_browser.follow("Carry on with my answers")
    questionnaire = registry.get("child_8_11")
    while (here := child_browser.response.request.path.rsplit("/", 1)[1]) != "worries":
        child_browser.submit(form_data(questionnaire, questionnaire.question(here)))
    child_browser.submit({"answer": "he hits us when he is cross"})
    assert child_browser.h1 == "Get help now"
    run_worker(app)
    assert subjects(smtp_server, iro) == ["Check in with a child", URGENT] and subjects(smtp_server, duty) == [URGENT]
    sign_in(browser, iro)
    assert child.full_name in banner(browser)
    [row] = browser.page.select("tbody tr")
    assert "Urgent" in row.get_text() and "Check in with this child" not in row.get_text()


def test_two_escalation_runs_at_once_tell_each_manager_once(postgres_url):  # noqa: F811
    """On PostgreSQL, two runs racing over the same flags: each step of each flag is taken by one of them."""
    from app import create_app
    from app.messaging import worker
    from app.notifications.escalation import escalate as run_escalate

    twilio = FakeTwilio()
    app = create_app(
        "test", **twilio_config(twilio), SQLALCHEMY_DATABASE_URI=postgres_url, OUT_OF_HOURS_PHONE=OUT_OF_HOURS_PHONE
    )
    with app.app_context():
        db.drop_all()
        db.create_all()
        try:
            managers = []
            for number in range(3):
                manager = create_staff(role=Role.MANAGER)
                manager.notify_by = NotifyBy.SMS
                manager.mobile = phones.find_or_add(f"+4479113{number:05d}")
                managers.append(manager)
            iro = create_staff()
            for _ in range(10):
                flag_at(create_child(iro=iro), "2026-03-09T10:00")
            noon = datetime(2026, 3, 9, 12, 0, tzinfo=LONDON)
            reports = at_once(app, lambda: run_escalate(noon))
            assert sum(len(r.to_managers) for r in reports) == 10
            assert sum(len(r.to_out_of_hours) for r in reports) == 10
            worker.send_due()
            sent = Counter(request.data["To"] for request in twilio.requests)
            # Each manager: 10 flags when raised (no one on duty, so every manager) and 10 escalations.
            assert {m.mobile.number: sent[m.mobile.number] for m in managers} == {m.mobile.number: 20 for m in managers}
            assert sent[OUT_OF_HOURS_PHONE] == 10
        finally:
            db.session.remove()
            db.drop_all()


def _form(browser, action_end: str) -> int:
    return next(i for i, f in enumerate(browser.page.find_all("form")) if f.get("action", "").endswith(action_end))
