"""Handovers are not silent: an IRO given a child is told at once, by the way they chose, without the child's name;
an open urgent flag reaches them as the urgent alert itself, and views no IRO could read yet as new views."""

from datetime import date, timedelta
from urllib.parse import urlsplit

import pytest

from app.extensions import db
from app.models import AlertKind, Child, Review, Role, StaffAlert
from tests.conftest import app_on_a_fresh_database, sign_in
from tests.factories import create_child, create_staff
from tests.helpers.commands import run_worker
from tests.helpers.imports import children_csv, run
from tests.helpers.journeys import flag, send_views
from tests.helpers.mail import body, emails_to
from tests.helpers.people import STAFF_MOBILE
from tests.helpers.staff_pages import allocate_on_child_page, banner
from tests.helpers.twilio import BASE_URL, twilio_config


@pytest.fixture
def app(tmp_path, twilio):
    with app_on_a_fresh_database(tmp_path, **twilio_config(twilio)) as app:
        yield app


@pytest.fixture
def manager(browser):
    sign_in(browser, create_staff(role=Role.MANAGER))
    return browser


def never_names(child, words: str) -> None:
    assert child.first_name not in words and child.last_name not in words and child.reference not in words


def alerts_to(member) -> list[str]:
    return db.session.scalars(db.select(StaffAlert.kind).where(StaffAlert.staff_id == member.id).order_by(StaffAlert.id)).all()


def test_reallocating_a_child_with_an_open_urgent_flag_alerts_the_new_iro_at_once(app, manager, new_browser, smtp_server):
    old_iro, new_iro = create_staff(), create_staff(name="Nia New")
    child = create_child(iro=old_iro, first_name="Robin")
    flag(new_browser, child)
    run_worker(app)
    smtp_server.messages.clear()

    allocate_on_child_page(manager, child, new_iro)
    assert f"{child.full_name} is now allocated to Nia New, who has been told." in manager.text()
    run_worker(app)
    subjects = [message["Subject"] for message in emails_to(smtp_server, new_iro.email)]
    assert subjects == ["Urgent: a child may need help", "A child is now allocated to you"]
    for message in emails_to(smtp_server, new_iro.email):
        never_names(child, body(message))
        assert f"{BASE_URL}/staff/children/{child.id}" in body(message)
    assert emails_to(smtp_server, old_iro.email) == []
    assert alerts_to(new_iro) == [AlertKind.URGENT.value]

    iro = new_browser()
    sign_in(iro, new_iro)
    assert f"1 urgent flag needs action {child.full_name}" in banner(iro)
    [row] = iro.page.select("tbody tr")
    assert child.full_name in row.get_text() and "Urgent" in row.get_text()
    urgent_link = next(word for word in body(emails_to(smtp_server, new_iro.email)[0]).split() if word.startswith(BASE_URL))
    iro.get(urlsplit(urgent_link).path)
    assert child.full_name in iro.h1 and child.full_name in banner(iro)


def test_an_iro_who_chose_texts_is_texted_about_the_flag_on_a_child_handed_to_them(app, manager, new_browser, twilio, smtp_server):
    new_iro = create_staff()
    iro = new_browser()
    sign_in(iro, new_iro)
    iro.get("/staff/profile")
    iro.follow("Change how we tell you")
    iro.submit({"notify_by": "sms", "mobile": "07400 123456"})
    child = create_child(iro=create_staff())
    flag(new_browser, child)

    allocate_on_child_page(manager, child, new_iro)
    run_worker(app)
    urgent, handed = twilio.bodies_to(STAFF_MOBILE)
    assert urgent.startswith("Urgent: a child on Listen to Me may not be safe.")
    assert handed.startswith("A child is now allocated to you on Listen to Me.")
    never_names(child, urgent + handed)
    assert emails_to(smtp_server, new_iro.email) == []


def test_allocating_a_child_whose_views_wait_in_the_managers_queue_tells_the_iro_views_are_waiting(
    app, manager, new_browser, smtp_server
):
    iro = create_staff()
    child = create_child(iro=None)
    submission = send_views(new_browser(), child)
    manager.get("/staff/")
    manager.follow("Managers' queue")
    manager.follow(child.full_name)
    manager.follow("Back")
    assert child.full_name in manager.h1
    allocate_on_child_page(manager, child, iro)
    run_worker(app)

    [message] = emails_to(smtp_server, iro.email)
    assert message["Subject"] == "New views to read"
    assert body(message).startswith("A child with views waiting to be read is now allocated to you on Listen to Me.")
    never_names(child, body(message))
    assert "football" not in body(message)
    assert alerts_to(iro) == [AlertKind.NEW_VIEWS.value]
    reading = new_browser()
    sign_in(reading, iro)
    assert "Caseload (1 new)" in reading.text()
    reading.get(urlsplit(next(w for w in body(message).split() if w.startswith(BASE_URL))).path)
    reading.get(f"/staff/views/{submission.id}")
    assert "I got into the football team" in reading.text()


def test_a_plain_reallocation_tells_the_new_iro_blandly_and_nobody_else(app, manager, smtp_server):
    old_iro, new_iro = create_staff(), create_staff()
    child = create_child(iro=old_iro)
    allocate_on_child_page(manager, child, new_iro)
    run_worker(app)
    [message] = emails_to(smtp_server, new_iro.email)
    assert message["Subject"] == "A child is now allocated to you"
    assert body(message).strip() == f"A child is now allocated to you on Listen to Me. Sign in to see their page: {BASE_URL}/staff/children/{child.id}"
    assert [recipients for recipients, _ in smtp_server.messages] == [[new_iro.email]]
    allocate_on_child_page(manager, child, new_iro)  # the same IRO again: nothing changes, no one is told
    run_worker(app)
    assert len(smtp_server.messages) == 1


def test_a_new_iro_in_an_import_is_told_but_a_first_import_of_children_tells_no_one(app, tmp_path, new_browser, smtp_server):
    ann, dee = create_staff(), create_staff()
    row = "C001,Sam,Lee,2015-03-02,2020-01-01,{},,"
    assert run(app, tmp_path, "children", children_csv(row.format(ann.email))).exit_code == 0
    run_worker(app)
    assert smtp_server.messages == []

    sam = db.session.scalar(db.select(Child).where(Child.reference == "C001"))
    sam.reviews.append(Review(due_on=date.today() + timedelta(days=14)))
    db.session.commit()
    flag(new_browser, sam)
    run_worker(app)
    smtp_server.messages.clear()
    assert run(app, tmp_path, "children", children_csv(row.format(dee.email))).exit_code == 0
    run_worker(app)
    assert [m["Subject"] for m in emails_to(smtp_server, dee.email)] == ["Urgent: a child may need help", "A child is now allocated to you"]
    assert emails_to(smtp_server, ann.email) == []
