"""The IRO's note about what was decided: a child who answered by text is told by text that there is a message."""

from datetime import date

from app.extensions import db
from tests.factories import create_child, create_staff
from tests.sms.conftest import Phone, link_path
from tests.sms.helpers import invite_by_text
from tests.test_child_journey import answer_everything
from tests.test_review_held import held_form, open_record_page
from tests.test_routing import send_views

NUMBER = "+447911123456"
NOTE = "We agreed you will stay with Jo, and see your mum every Saturday."


def write_note(browser, iro, child) -> None:
    open_record_page(browser, iro, child)
    browser.submit(held_form(date.today(), "PN6"))
    browser.get(f"/staff/children/{child.id}")
    form_index = next(i for i, f in enumerate(browser.page.find_all("form")) if "reply" in f.get("action", ""))
    browser.submit({"reply": NOTE}, form_index=form_index)


def test_a_child_who_answered_by_text_is_texted_a_bland_link_that_shows_the_note(app, twilio, browser, new_browser):
    iro = create_staff()
    child = create_child(iro=iro, age=10)
    invite_by_text(child, NUMBER)
    phone = Phone(app, twilio, NUMBER)
    [invitation] = phone.new_texts()
    child_browser = new_browser()
    child_browser.get(link_path(invitation))  # they read the text and answer on the web
    child_browser.follow("Start now")
    answer_everything(child_browser)
    child_browser.submit()
    assert child_browser.h1 == "Your answers have been sent"

    write_note(browser, iro, child)
    assert "We have texted them to say there is a message." in browser.text()
    [text] = phone.new_texts()
    assert text.startswith("Listen to Me from Anytown Council: you have a message. Open: ")
    assert "Saturday" not in text and "review" not in text.lower()
    later = new_browser()  # a new device session: the link opens the note
    later.get(link_path(text))
    assert "What happened at your review" in later.text() and NOTE in later.text()


def test_a_child_who_answered_on_the_web_is_not_texted(app, twilio, browser, new_browser):
    iro = create_staff()
    child = create_child(iro=iro, age=10)
    send_views(new_browser(), child)
    write_note(browser, iro, child)
    assert "Your note will show on the child's link" in browser.text() and "texted" not in browser.text()
    app.test_cli_runner().invoke(args=["outbox", "worker", "--once"])
    db.session.expire_all()
    assert twilio.requests == []
