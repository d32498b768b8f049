"""Review meetings: the IRO books the day, time and place; children, parents and carers are told it, or before it is
booked only the date it will be before. Pages are read as a person reads them, texts at Twilio's HTTP boundary, and
emails as a local SMTP server received them after the outbox worker ran."""

from datetime import date, timedelta

import pytest
from dateutil.relativedelta import relativedelta

from app.extensions import db
from app.messaging import phones
from app.models import ChildPart, Contact, Respondent, Review
from app.questionnaires import registry
from app.reviews.timescales import add_working_days
from tests.conftest import app_on_a_fresh_database, sign_in
from tests.factories import create_child, create_invitation, create_staff
from tests.helpers.commands import send_due
from tests.helpers.mail import email_link, emails_to
from tests.helpers.phones import Phone, link_path
from tests.helpers.twilio import twilio_config
from tests.helpers.walking import form_data

TODAY = date.today()
CHILD_MOBILE = "+447911123456"


@pytest.fixture
def app(tmp_path, twilio):  # noqa: F811
    with app_on_a_fresh_database(tmp_path, **twilio_config(twilio)) as app:
        yield app


def words(text: str) -> str:
    """Text as a person reads it: any run of spaces (Babel's narrow no-break space before "PM" too) is one space."""
    return " ".join(text.split())


def day(d: date) -> str:
    return f"{d:%A} {d.day} {d:%B}"


def a_child_with_a_carer(review_in_working_days: int = 20):
    """A child of 12 with a mobile, and Pat, a carer on the record with only an email address."""
    child = create_child(iro=create_staff(), age=12, review_in_days=None)
    child.reviews.append(Review(due_on=add_working_days(TODAY, review_in_working_days)))
    child.mobile = phones.find_or_add(CHILD_MOBILE)
    db.session.add(Contact(child=child, respondent=Respondent.CARER, name="Pat Foster", email="pat@example.org"))
    db.session.commit()
    return child


def open_booking_page(browser, child):
    sign_in(browser, child.current_allocation.iro)
    browser.get(f"/staff/children/{child.id}")
    browser.follow("Book the review meeting")
    assert browser.h1 == "Book the review meeting"


def meeting_form(on: date, start: str = "4pm", where: str = "place", place: str = "your home", **extra) -> dict:
    return {"day": str(on.day), "month": str(on.month), "year": str(on.year), "start": start, "where": where,
            "place": place, "child_part": "attend", **extra}


def test_before_a_meeting_is_booked_the_text_and_the_start_page_say_the_date_it_will_be_before(app, twilio, browser, new_browser):  # noqa: F811
    child = a_child_with_a_carer()
    due = child.next_review.due_on
    sign_in(browser, child.current_allocation.iro)
    browser.get(f"/staff/children/{child.id}")
    assert "Review meeting Not booked yet" in browser.text()
    browser.follow("Send a text invitation")
    browser.submit({"mobile": "07911 123456", "respondent": "child"})

    [invitation] = Phone(app, twilio, CHILD_MOBILE).new_texts()
    assert f"Listen to Me from Anytown Council: you have a message. The meeting will be before {due.day} {due:%B}. Open" in invitation
    assert str(due.year) not in invitation and f"{due:%A}" not in invitation, "the due date is not put as the meeting"

    person = new_browser()
    person.get(link_path(invitation))
    assert f"Your review meeting will be before {due.day} {due:%B}." in person.text()
    assert "Your review is on" not in person.text()


def test_once_booked_texts_emails_the_start_page_a_letter_and_the_reminder_say_its_day_time_and_place(
    app, twilio, smtp_server, browser, new_browser  # noqa: F811
):
    child = a_child_with_a_carer(review_in_working_days=20)
    meeting_on = add_working_days(TODAY, 12)
    open_booking_page(browser, child)
    browser.submit(meeting_form(meeting_on, start="4pm", place="your home"))
    assert "The meeting has been booked." in browser.text()
    assert browser.h1 == child.full_name
    assert f"Review meeting {meeting_on:%A} {meeting_on.day} {meeting_on:%B %Y}, 4:00 PM, your home" in words(browser.text())
    assert "booked the review meeting" in browser.text(), "the booking is in the record's audit trail"
    told = f"The meeting will be on {day(meeting_on)} at 4:00 PM at your home."

    # Invitations go 10 working days before the meeting, not the later due date.
    assert "Consultations sent by text: 0\n" in send_due(app, add_working_days(meeting_on, -11))
    assert "Consultations sent by text: 1\n" in send_due(app, add_working_days(meeting_on, -10))
    [to_child] = twilio.bodies_to(CHILD_MOBILE)
    assert f"Listen to Me from Anytown Council: you have a message. {told} Open" in to_child
    [to_pat] = emails_to(smtp_server, "pat@example.org")
    assert f"You have a message from your IRO. {told} Open:" in words(to_pat.get_content())
    assert "care" not in to_pat.get_content().lower() and child.first_name not in to_pat.get_content()

    young_person = new_browser()
    young_person.get(link_path(to_child))
    assert f"Your review meeting will be on {day(meeting_on)} at 4:00 PM at your home." in young_person.text()
    carer = new_browser()
    carer.get(email_link(to_pat))
    assert f"The review meeting will be on {day(meeting_on)} at 4:00 PM at your home." in carer.text()

    browser.get(f"/staff/children/{child.id}")
    browser.follow("Print an invitation letter with a code")
    browser.submit({"respondent": "carer"})
    assert f"I would like to hear what you think before the meeting. It will be on {day(meeting_on)} at 4:00 PM at your home." in browser.text()

    assert "Reminders sent by email: 1\n" in send_due(app, add_working_days(meeting_on, -5))
    [_, reminder] = emails_to(smtp_server, "pat@example.org")
    assert f"A reminder: your IRO would like to hear from you. {told} Open:" in words(reminder.get_content())


def test_the_iro_changes_the_meeting_to_video_and_the_child_is_told(browser, new_browser):
    child = create_child(iro=create_staff(), age=10)
    link = create_invitation(child)
    meeting_on = TODAY + timedelta(days=7)
    open_booking_page(browser, child)
    browser.submit(meeting_form(meeting_on, start="16:30", invited="Carer, social worker"))

    browser.follow("Change the review meeting")
    assert browser.h1 == "Change the review meeting"
    page = browser.page
    assert page.find("input", attrs={"name": "start"})["value"] == "16:30"
    assert page.find("input", attrs={"name": "place"})["value"] == "your home"
    assert page.find("textarea", attrs={"name": "invited"}).get_text().strip() == "Carer, social worker"
    assert page.find("input", attrs={"name": "child_part", "checked": True})["value"] == "attend"
    browser.submit(meeting_form(meeting_on, start="16:30", where="video", place="", child_part="chair"))
    assert "The meeting has been changed." in browser.text()
    assert "changed the review meeting" in browser.text()
    review = db.session.get(Review, child.next_review.id)
    db.session.refresh(review)
    assert review.meeting_by_video and review.meeting_place is None and review.child_part is ChildPart.CHAIR

    person = new_browser()
    person.get(link)
    assert f"Your review meeting will be on {day(meeting_on)} at 4:30 PM by video." in person.text()


def walk(browser, path: str, questionnaire_id: str, chosen: dict) -> None:
    """Answer every page of the consultation, with these answers where given, and send."""
    questionnaire = registry.get(questionnaire_id)
    browser.get(path)
    browser.follow("Start now")
    while browser.h1 != "Check your answers":
        question_id = browser.response.request.path.rsplit("/", 1)[1]
        browser.submit(chosen.get(question_id) or form_data(questionnaire, questionnaire.question(question_id)))
    browser.submit()
    assert browser.h1 == "Your answers have been sent"


def test_the_child_is_asked_about_the_meeting_and_the_iro_sees_their_wishes_when_booking(browser, new_browser):
    child = create_child(iro=create_staff(), age=9, first_name="Kai")
    questionnaire = registry.get("child_8_11")
    asked = [q.id for q in questionnaire.questions]
    assert {"come_to_meeting", "chair", "invite", "where", "when"} <= set(asked)

    walk(new_browser(), create_invitation(child), "child_8_11", {
        "come_to_meeting": {"answer": "part"},
        "chair": {"answer": "maybe"},
        "invite": {"answer": ["carer", "other"], "other": "My nan"},
        "where": {"answer": "home"},
        "when": {"answer": "holidays"},
    })

    open_booking_page(browser, child)
    assert "What Kai said about the meeting" in browser.text()
    wishes = {
        words(row.dt.get_text()): words(row.dd.get_text())
        for row in browser.page.select(".app-meeting-wishes .govuk-summary-list__row")
    }
    assert wishes == {
        "Coming to the meeting": "Yes, part of it",
        "Running part of the meeting": "Maybe, I want to know more",
        "Who to invite": "The adults you live with, Someone else, My nan",
        "Where the meeting is": "Where you live",
        "When the meeting is": "In the holidays",
    }
    [own_words] = browser.page.select(".app-meeting-wishes [lang]")  # the child's own words, marked as theirs
    assert (own_words.get_text(), own_words["lang"], own_words["dir"]) == ("My nan", "en", "auto")
    browser.get(f"/staff/children/{child.id}")
    assert "read views" in browser.text(), "reading the child's wishes is audited"


def test_before_the_child_sends_views_the_booking_page_says_so(browser):
    child = create_child(iro=create_staff(), age=13, first_name="Ada")
    open_booking_page(browser, child)
    assert "Ada has not sent views for this review yet" in browser.text()
    assert browser.page.select(".app-meeting-wishes") == []


def test_bad_dates_times_and_a_missing_place_are_clear_errors_and_nothing_is_booked(browser):
    child = create_child(iro=create_staff())
    open_booking_page(browser, child)

    browser.submit({})
    assert browser.errors() == [
        "Enter a real date for the meeting, for example 3 3 2027",
        "Enter the time of the meeting, for example 4pm or 16:30",
        "Select where the meeting is",
        "Select what part the child will take",
    ]
    links = [a["href"] for a in browser.page.select(".govuk-error-summary__list a")]
    assert all(browser.page.find(id=href[1:]) for href in links), "each error links to its field"

    soon = TODAY + timedelta(days=3)
    cases = [
        (meeting_form(soon, day="31", month="2"), "Enter a real date for the meeting, for example 3 3 2027"),
        (meeting_form(soon, year="20270"), "Enter a real date for the meeting, for example 3 3 2027"),
        (meeting_form(TODAY - timedelta(days=1)), "The date of the meeting must be today or in the future"),
        (meeting_form(TODAY + relativedelta(years=1, days=1)), "The date of the meeting must be within a year from today"),
        (meeting_form(soon, start="25:00"), "Enter a real time, for example 4pm or 16:30"),
        (meeting_form(soon, start="4"), "Enter a real time, for example 4pm or 16:30"),
        (meeting_form(soon, start="13pm"), "Enter a real time, for example 4pm or 16:30"),
        (meeting_form(soon, place="  "), "Enter where the meeting is"),
        (meeting_form(soon, place="x" * 61), "The place must be 60 characters or fewer"),
        (meeting_form(soon, invited="x" * 501), "Who is invited must be 500 characters or fewer"),
        (meeting_form(soon, child_part="boss"), "Select what part the child will take"),
    ]
    for data, error in cases:
        browser.submit(data)
        assert browser.errors() == [error], (data, browser.errors())
        assert error in browser.page.select_one(".govuk-error-message").get_text(), "the error is by its field too"
    assert browser.h1 == "Book the review meeting"
    assert browser.page.find("input", attrs={"name": "start"})["value"] == "4pm", "what was typed is kept"
    review = db.session.get(Review, child.next_review.id)
    db.session.refresh(review)
    assert review.meeting_on is None and review.meeting_time is None
