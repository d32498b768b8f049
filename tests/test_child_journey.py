"""A child's views reach their IRO: the whole journey, read as a person reads the pages."""

from datetime import date, timedelta

from app.models import Role
from tests.conftest import sign_in
from tests.factories import create_child, create_invitation, create_staff
from tests.helpers.journeys import answer_everything


def test_child_completes_consultation_and_iro_reads_it(browser, new_browser):
    iro = create_staff(name="Amara Okafor")
    child = create_child(iro=iro, first_name="Ruby", review_in_days=10)
    link = create_invitation(child)

    browser.get(link)
    assert browser.h1 == "Hello Ruby"
    assert "Amara is your Independent Reviewing Officer" in browser.text()
    browser.follow("Start now")
    assert browser.h1 == "Can your IRO share what you say at your review?"
    answer_everything(browser)

    assert browser.h1 == "Check your answers"
    assert "I got into the football team" in browser.text()
    assert browser.text().count("You skipped this") == 2  # the two skipped free-text questions
    browser.submit()

    assert browser.h1 == "Your answers have been sent"
    due = date.today() + timedelta(days=10)
    assert "Amara, your IRO, will read your answers" in browser.text()
    # No meeting is booked yet: the child is told only the date it will be before, in British order (7 December).
    assert f"The review meeting will be before {due.day} {due:%B}." in browser.text()

    staff = new_browser()
    sign_in(staff, iro)
    assert staff.h1 == "Caseload"
    first_row = staff.page.select("tbody tr")[0]
    assert "Ruby" in first_row.get_text() and "New views" in first_row.get_text()

    staff.follow(child.full_name)
    staff.follow("views sent")
    assert "I got into the football team" in staff.text()
    assert "Yes, part of it" in staff.text()
    staff.submit()
    assert "Marked as read" in staff.text()
    staff.get("/staff/")
    assert "New views" not in staff.text()


def test_unread_views_come_first_in_caseload(browser, new_browser):
    iro = create_staff()
    soon = create_child(iro=iro, first_name="Soon", review_in_days=3)
    later = create_child(iro=iro, first_name="Later", review_in_days=30)
    browser.get(create_invitation(later))
    browser.follow("Start now")
    answer_everything(browser)
    browser.submit()

    staff = new_browser()
    sign_in(staff, iro)
    names = [row.a.get_text() for row in staff.page.select("tbody tr")]
    assert names == [later.full_name, soon.full_name]


def test_resume_after_leaving_halfway(browser, new_browser):
    child = create_child(iro=create_staff())
    link = create_invitation(child)
    browser.get(link)
    browser.follow("Start now")
    for value in ("yes", "4", "5", "yes"):
        browser.submit({"answer": value})
    assert browser.h1 == "How is school going?"

    later = new_browser()  # the same link, opened again later
    later.get(link)
    later.follow("Carry on")
    assert later.h1 == "How is school going?"
    later.follow("Back")
    assert later.h1 == "Do you feel safe where you live?"
    checked = later.page.find("input", attrs={"name": "answer", "checked": True})
    assert checked["value"] == "yes"


def test_change_from_check_answers_returns_to_check_answers(browser):
    child = create_child(iro=create_staff())
    browser.get(create_invitation(child))
    browser.follow("Start now")
    answer_everything(browser)
    assert browser.h1 == "Check your answers"

    browser.follow("Change How is school going?")
    assert browser.h1 == "How is school going?"
    browser.submit({"answer": "1"})
    assert browser.h1 == "Check your answers"
    school_row = [row for row in browser.page.select(".govuk-summary-list__row") if "How is school going?" in row.dt.get_text()]
    assert "Very sad" in school_row[0].get_text()


def test_a_page_not_reached_yet_redirects_to_the_first_unanswered(browser):
    child = create_child(iro=create_staff())
    browser.get(create_invitation(child))
    browser.get("/consultation/come_to_meeting")
    assert browser.h1 == "Can your IRO share what you say at your review?"
    browser.get("/consultation/check")
    assert browser.h1 == "Can your IRO share what you say at your review?"


def test_sent_answers_cannot_be_changed(browser):
    child = create_child(iro=create_staff())
    browser.get(create_invitation(child))
    browser.follow("Start now")
    answer_everything(browser)
    browser.submit()
    browser.get("/consultation/feeling")
    assert browser.h1 == "Your answers have been sent"
    browser.client.post("/consultation/check", data={})
    browser.get("/consultation")
    assert browser.h1 == "Your answers have been sent"


def test_manager_sees_every_child(browser):
    manager = create_staff(role=Role.MANAGER)
    first = create_child(iro=create_staff())
    second = create_child(iro=create_staff())
    sign_in(browser, manager)
    assert first.full_name in browser.text() and second.full_name in browser.text()
