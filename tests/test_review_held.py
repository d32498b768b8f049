"""Recording a review as held: the suggested PN code, the next review booked, feedback invitations, a note to the child."""

from datetime import date, timedelta
from urllib.parse import urlsplit

from dateutil.relativedelta import relativedelta

from app.extensions import db
from app.models import Invitation, ParticipationCode, Respondent, Review
from tests.conftest import sign_in
from tests.factories import create_child, create_staff
from tests.helpers.journeys import send_views
from tests.helpers.staff_pages import held_form, open_record_page


def checked_code(browser) -> str | None:
    checked = browser.page.find("input", attrs={"name": "code", "checked": True})
    return checked["value"] if checked else None


def test_a_child_who_sent_views_is_suggested_pn6(browser, new_browser):
    iro = create_staff()
    child = create_child(iro=iro, age=12)
    send_views(new_browser(), child)
    open_record_page(browser, iro, child)
    assert checked_code(browser) == "PN6"
    assert "sent their views through Listen to Me" in browser.text()


def test_a_child_under_4_is_suggested_pn0_and_only_pn0_fits(browser):
    iro = create_staff()
    child = create_child(iro=iro, age=3)
    open_record_page(browser, iro, child)
    assert checked_code(browser) == "PN0"
    browser.submit(held_form(date.today(), "PN1"))
    assert browser.errors() == ["PN0 is for a child under 4 on the day of the review, and only for them"]


def test_no_suggestion_without_views(browser):
    iro = create_staff()
    child = create_child(iro=iro, age=10)
    open_record_page(browser, iro, child)
    assert checked_code(browser) is None


def test_bad_dates_and_a_missing_code_are_clear_errors(browser):
    iro = create_staff()
    child = create_child(iro=iro, age=10)
    open_record_page(browser, iro, child)
    browser.submit({"day": "31", "month": "2", "year": "2026"})
    assert browser.errors() == ["Enter a real date, for example 27 3 2026", "Select how the child took part"]
    tomorrow = date.today() + timedelta(days=1)
    browser.submit(held_form(tomorrow, "PN1"))
    assert browser.errors() == ["The date the review was held must be today or in the past"]
    browser.submit(held_form(date.today(), "PN9"))
    assert len(browser.errors()) == 1
    assert db.session.scalar(db.select(Review).where(Review.child_id == child.id)).held_on is None


def test_recording_books_the_next_review_and_invites_everyone_who_took_part(browser):
    iro = create_staff()
    child = create_child(iro=iro, age=12, review_in_days=3)
    open_record_page(browser, iro, child)
    held_on = date.today() - timedelta(days=1)
    browser.submit(held_form(held_on, "PN1", parents_attended="y", carers_attended="y"))
    assert browser.h1 == "Review recorded"
    links = [dd.get_text(strip=True) for dd in browser.page.select(".app-link-text")]
    assert len(links) == 3, "no mobile and no parents or carers on the record: every link is handed over now"
    assert "Feedback questionnaires go out tomorrow" not in browser.text()

    db.session.expire_all()
    reviews = db.session.scalars(db.select(Review).where(Review.child_id == child.id).order_by(Review.due_on)).all()
    assert reviews[0].held_on == held_on and reviews[0].participation_code is ParticipationCode.PN1
    assert reviews[0].parents_attended and reviews[0].carers_attended
    assert reviews[0].recorded_at is not None and reviews[0].feedback_sent_at is None
    # Only a first review existed: the second is due 3 months after it was held.
    assert reviews[1].held_on is None and reviews[1].due_on == held_on + relativedelta(months=3)
    invited = db.session.scalars(db.select(Invitation).where(Invitation.review_id == reviews[0].id)).all()
    assert sorted((i.respondent.value, i.questionnaire) for i in invited) == [
        ("carer", "feedback_adult"), ("child", "feedback_young_person"), ("parent", "feedback_adult")]

    young_person, parent = browser.client.application.test_client(), browser.client.application.test_client()
    assert "Hello Sam" in young_person.get(urlsplit(links[0]).path, follow_redirects=True).get_data(as_text=True)
    page = parent.get(urlsplit(links[1]).path, follow_redirects=True).get_data(as_text=True)
    assert f"Tell us about the review of Sam&#39;s care plan on {held_on.strftime('%A %-d %B %Y')}." in page.replace("'", "&#39;")


def test_a_child_of_7_who_took_part_gets_the_picture_feedback(browser, new_browser):
    iro = create_staff()
    child = create_child(iro=iro, age=7)
    open_record_page(browser, iro, child)
    browser.submit(held_form(date.today(), "PN1"))
    [link] = [dd.get_text(strip=True) for dd in browser.page.select(".app-link-text")]
    young = new_browser()
    young.get(urlsplit(link).path)
    assert young.h1 == "Hello Sam"
    assert f"Tell us about your review on {date.today().strftime('%A %-d %B %Y')}." in young.text()
    young.follow("Start now")
    assert young.h1 == "Was your IRO kind to you?"
    assert "app-pictures" in young.page.body["class"]
    pictures = [item.find("img")["alt"] for item in young.page.select(".govuk-radios__item")]
    assert pictures == ["Thumb pointing up", "A face with a straight mouth", "Thumb pointing down"]


def test_a_child_who_did_not_take_part_gets_no_feedback_form(browser):
    iro = create_staff()
    child = create_child(iro=iro, age=12)
    open_record_page(browser, iro, child)
    browser.submit(held_form(date.today(), "PN7"))
    assert browser.page.select(".app-link-text") == []
    assert db.session.scalar(db.select(Invitation).where(Invitation.respondent == Respondent.CHILD)) is None


def test_the_iro_writes_to_the_child_who_reads_it_on_their_link(browser, new_browser):
    iro = create_staff()
    child = create_child(iro=iro, age=10)
    child_browser = new_browser()
    send_views(child_browser, child)
    open_record_page(browser, iro, child)
    browser.submit(held_form(date.today(), "PN6"))
    browser.get(f"/staff/children/{child.id}")
    form_index = next(i for i, f in enumerate(browser.page.find_all("form")) if "reply" in f.get("action", ""))
    browser.submit({"reply": "We agreed you will stay with Jo, and see your mum every Saturday."}, form_index=form_index)
    assert "Your note will show on the child's link" in browser.text()

    child_browser.get("/consultation/done")
    assert "What happened at your review" in child_browser.text()
    assert "see your mum every Saturday" in child_browser.text()


def test_an_empty_note_is_refused_with_a_message(browser, new_browser):
    iro = create_staff()
    child = create_child(iro=iro, age=10)
    child.reviews.append(Review(due_on=date.today() - timedelta(days=5), held_on=date.today() - timedelta(days=6)))
    db.session.commit()
    sign_in(browser, iro)
    browser.get(f"/staff/children/{child.id}")
    form_index = next(i for i, f in enumerate(browser.page.find_all("form")) if "reply" in f.get("action", ""))
    browser.submit({"reply": "   "}, form_index=form_index)
    assert "Write your note to the child" in browser.text()


def test_people_the_scheduled_send_can_reach_get_feedback_tomorrow_and_only_the_rest_get_links_now(browser):
    from app.messaging import phones
    from app.models import Contact

    iro = create_staff()
    child = create_child(iro=iro, age=12, review_in_days=3)
    child.mobile = phones.find_or_add("+447911123456")
    db.session.add_all([
        Contact(child=child, respondent=Respondent.PARENT, name="Jo Bloggs", email="jo@example.org"),
        Contact(child=child, respondent=Respondent.PARENT, name="Chris Bloggs"),
        Contact(child=child, respondent=Respondent.CARER, name="Pat Foster"),  # no mobile or email
        Contact(child=child, respondent=Respondent.CARER, name="Old Carer", email="old@example.org", active=False),
    ])
    db.session.commit()
    open_record_page(browser, iro, child)
    browser.submit(held_form(date.today(), "PN1", parents_attended="y", carers_attended="y"))
    assert browser.h1 == "Review recorded"
    assert "Feedback questionnaires go out tomorrow" in browser.text()
    tomorrow = [" ".join(li.get_text().split()) for li in browser.page.select(".app-feedback-tomorrow li")]
    assert tomorrow == ["the child, by text", "Parent: Jo Bloggs, by email"]
    assert len(browser.page.select(".app-link-text")) == 1
    assert "Carer" in browser.page.select_one(".govuk-summary-list__key").get_text()

    db.session.expire_all()
    invited = db.session.scalars(db.select(Invitation).where(Invitation.child_id == child.id)).all()
    assert [(i.respondent.value, i.questionnaire) for i in invited] == [("carer", "feedback_adult")]
