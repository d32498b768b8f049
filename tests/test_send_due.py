"""`flask invitations send-due`: consultations to the child, parents and carers; email reminders; feedback after a
review. Texts are read at Twilio's HTTP boundary and emails as a real local SMTP server received them, after the
outbox worker has run."""

import re
from collections import Counter
from datetime import date, timedelta
from urllib.parse import urlsplit

import pytest

from app.extensions import db
from app.messaging import phones, worker
from app.models import Channel, Contact, Invitation, OutboundEmail, OutboundSms, Respondent, Review
from app.questionnaires import registry, versions
from app.reviews.timescales import add_working_days
from tests.conftest import app_on_a_fresh_database, at_once, sign_in
from tests.factories import create_child, create_staff
from tests.sms.conftest import BASE_URL, FakeTwilio, Phone, link_path, twilio, twilio_config  # noqa: F401  (fixture)
from tests.sms.conftest import postgres_url  # noqa: F401  (fixture)
from tests.test_invitations import smtp_server  # noqa: F401  (fixture)
from tests.test_review_held import held_form, open_record_page
from tests.walking import form_data

CHILD_MOBILE, JO_MOBILE = "+447911123456", "+447911123457"
TODAY = date.today()


@pytest.fixture
def app(tmp_path, twilio):  # noqa: F811
    with app_on_a_fresh_database(tmp_path, **twilio_config(twilio)) as app:
        yield app


def send_due(app, day: date) -> str:
    """Run the command as cron would on that day, then the outbox worker, as `flask outbox worker` would."""
    result = app.test_cli_runner().invoke(args=["invitations", "send-due", "--today", day.isoformat()])
    assert result.exit_code == 0, result.output
    worker.send_due()
    return result.output


def emails_to(smtp_server, address: str) -> list:  # noqa: F811
    return [message for recipients, message in smtp_server.messages if recipients == [address]]


def email_link(message) -> str:
    return urlsplit(re.search(r"https://\S+/c/\S+", message.get_content()).group(0)).path


def a_family(review_in_working_days: int = 10, age: int = 12):
    """A child with a mobile; Jo, a parent with a mobile and an email (texts come first); Pat, a carer with only an
    email; Chris, a parent with no details; and a carer who was taken off the record."""
    child = create_child(iro=create_staff(), age=age, review_in_days=None)
    child.reviews.append(Review(due_on=add_working_days(TODAY, review_in_working_days)))
    child.mobile = phones.find_or_add(CHILD_MOBILE)
    db.session.add_all([
        Contact(child=child, respondent=Respondent.PARENT, name="Jo Bloggs", mobile=phones.find_or_add(JO_MOBILE), email="jo@example.org"),
        Contact(child=child, respondent=Respondent.CARER, name="Pat Foster", email="pat@example.org"),
        Contact(child=child, respondent=Respondent.PARENT, name="Chris Bloggs"),
        Contact(child=child, respondent=Respondent.CARER, name="Old Carer", email="old@example.org", active=False),
    ])
    db.session.commit()
    return child


def contact(name: str) -> Contact:
    return db.session.scalar(db.select(Contact).where(Contact.name == name))


def invitations() -> list[Invitation]:
    db.session.expire_all()
    return db.session.scalars(db.select(Invitation).order_by(Invitation.id)).all()


def test_consultations_go_to_the_child_and_each_parent_and_carer_by_text_or_email_once(app, twilio, smtp_server, new_browser):  # noqa: F811
    child = a_family()
    review = child.next_review
    due = review.due_on.strftime("%-d %B")

    early = send_due(app, add_working_days(review.due_on, -11))
    assert "Consultations sent by text: 0\n" in early and twilio.requests == [] and smtp_server.messages == []

    output = send_due(app, add_working_days(review.due_on, -10))
    assert "Consultations sent by text: 2\n" in output
    assert "Consultations sent by email: 1\n" in output
    assert f"(add a mobile or email, print a letter, or send from the child's page): 1\n  {child.reference} (parent)\n" in output
    for secret in ("Jo", "Pat", "Chris", child.first_name, "7911", "example.org"):
        assert secret not in output, "the report names no one and shows no number or address"

    [to_child] = twilio.bodies_to(CHILD_MOBILE)
    [to_jo] = twilio.bodies_to(JO_MOBILE)
    assert len(twilio.requests) == 2
    assert f"The meeting will be before {due}." in to_child and f"The meeting will be before {due}." in to_jo
    assert emails_to(smtp_server, "jo@example.org") == [] and emails_to(smtp_server, "old@example.org") == []
    [to_pat] = emails_to(smtp_server, "pat@example.org")
    assert to_pat["Subject"] == "A message from your IRO"
    assert f"You have a message from your IRO. The meeting will be before {due}. Open: {BASE_URL}/c/" in to_pat.get_content()
    assert "care" not in to_pat.get_content().lower() and child.first_name not in to_pat.get_content()

    by_who = {(i.respondent, i.contact.name if i.contact else None): i for i in invitations()}
    assert set(by_who) == {(Respondent.CHILD, None), (Respondent.PARENT, "Jo Bloggs"), (Respondent.CARER, "Pat Foster")}
    assert all(i.review_id == review.id for i in by_who.values())
    child_invitation = by_who[(Respondent.CHILD, None)]
    assert child_invitation.channel is Channel.SMS
    assert child_invitation.questionnaire == versions.for_child(child, TODAY).id
    assert by_who[(Respondent.PARENT, "Jo Bloggs")].channel is Channel.SMS
    assert by_who[(Respondent.PARENT, "Jo Bloggs")].questionnaire == "parent"
    assert by_who[(Respondent.CARER, "Pat Foster")].channel is Channel.EMAIL
    assert by_who[(Respondent.CARER, "Pat Foster")].questionnaire == "carer"

    # Each link opens that person's questionnaire.
    pat = new_browser()
    pat.get(email_link(to_pat))
    assert "This link does not work" not in pat.text() and "Start now" in pat.text()
    jo = new_browser()
    jo.get(link_path(to_jo))
    assert "This link does not work" not in jo.text() and "Start now" in jo.text()

    for day in (add_working_days(review.due_on, -10), add_working_days(review.due_on, -9)):
        again = send_due(app, day)
        assert "Consultations sent by text: 0\n" in again and "Consultations sent by email: 0\n" in again
        assert child.reference not in again
    assert len(twilio.requests) == 2 and len(smtp_server.messages) == 1
    assert len(invitations()) == 3


def test_someone_invited_by_hand_is_not_invited_again(app, browser, twilio, smtp_server):  # noqa: F811
    child = a_family()
    iro = child.current_allocation.iro
    sign_in(browser, iro)
    browser.get(f"/staff/children/{child.id}")
    browser.follow("Send a text invitation")
    browser.submit({"mobile": "07911 123457", "respondent": "parent"})  # Jo's mobile
    browser.get(f"/staff/children/{child.id}")
    browser.follow("Send an invitation by email")
    browser.submit({"email": "Pat@Example.org", "respondent": "carer"})
    assert len(smtp_server.messages) == 1

    output = send_due(app, add_working_days(child.next_review.due_on, -10))
    assert "Consultations sent by text: 1\n" in output and "Consultations sent by email: 0\n" in output
    assert "Already invited, not sent again: 2\n" in output
    assert len(twilio.bodies_to(JO_MOBILE)) == 1 and len(twilio.bodies_to(CHILD_MOBILE)) == 1
    assert len(smtp_server.messages) == 1
    assert sorted(i.contact.name for i in invitations() if i.contact) == ["Jo Bloggs", "Pat Foster"]


def answer_and_send(browser, path: str, questionnaire_id: str) -> None:
    """Open the link, answer every page of the questionnaire, and send."""
    questionnaire = registry.get(questionnaire_id)
    browser.get(path)
    browser.follow("Start now")
    while browser.h1 != "Check your answers":
        question_id = browser.response.request.path.rsplit("/", 1)[1]
        browser.submit(form_data(questionnaire, questionnaire.question(question_id)))
    browser.submit()
    assert "sent" in browser.h1.lower(), browser.h1


def test_one_email_reminder_five_working_days_before_to_those_who_have_not_sent_answers(app, twilio, smtp_server, new_browser):  # noqa: F811
    child = a_family()
    due = child.next_review.due_on
    extra = Contact(child=child, respondent=Respondent.PARENT, name="Sky Bloggs", email="sky@example.org")
    db.session.add(extra)
    db.session.commit()
    send_due(app, add_working_days(due, -10))
    [to_sky] = emails_to(smtp_server, "sky@example.org")
    answer_and_send(new_browser(), email_link(to_sky), "parent")

    before = send_due(app, add_working_days(due, -6))
    assert "Reminders sent by email: 0\n" in before

    on_the_day = send_due(app, add_working_days(due, -5))
    assert "Reminders sent by email: 1\n" in on_the_day
    [first, reminder] = emails_to(smtp_server, "pat@example.org")
    assert reminder["Subject"] == "A reminder from your IRO"
    assert f"The meeting will be before {due.strftime('%-d %B')}." in reminder.get_content()
    assert email_link(reminder) != email_link(first), "a new link, and the first one keeps working"
    for link in (email_link(first), email_link(reminder)):
        person = new_browser()
        person.get(link)
        assert "This link does not work" not in person.text()
    assert len(emails_to(smtp_server, "sky@example.org")) == 1, "Sky has sent their answers"
    assert emails_to(smtp_server, "jo@example.org") == [], "Jo was texted: the SMS worker reminds by text"
    pat_invitation = next(i for i in invitations() if i.contact and i.contact.name == "Pat Foster")
    assert pat_invitation.reminded_at is not None

    for day in (add_working_days(due, -5), add_working_days(due, -4)):
        assert "Reminders sent by email: 0\n" in send_due(app, day)
    assert len(emails_to(smtp_server, "pat@example.org")) == 2


def test_someone_invited_after_the_reminder_day_gets_no_reminder(app, smtp_server):  # noqa: F811
    child = a_family(review_in_working_days=3)
    send_due(app, TODAY)
    assert len(emails_to(smtp_server, "pat@example.org")) == 1
    for day in (TODAY, add_working_days(TODAY, 1)):
        assert "Reminders sent by email: 0\n" in send_due(app, day)
    assert len(emails_to(smtp_server, "pat@example.org")) == 1
    assert child.next_review.due_on == add_working_days(TODAY, 3)


def record_held(browser, child, code: str, **attended):
    open_record_page(browser, child.current_allocation.iro, child)
    browser.submit(held_form(TODAY, code, **attended))
    assert browser.h1 == "Review recorded"


def test_feedback_goes_the_day_after_a_review_is_recorded_to_those_who_took_part_about_that_review(
    app, browser, twilio, smtp_server, new_browser  # noqa: F811
):
    child = a_family(review_in_working_days=2)
    held = child.next_review
    record_held(browser, child, "PN1", parents_attended="y")  # carers did not come
    tomorrow = [" ".join(li.get_text().split()) for li in browser.page.select(".app-feedback-tomorrow li")]
    assert tomorrow == ["the child, by text", "Parent: Jo Bloggs, by text"]
    assert browser.page.select(".app-link-text") == []

    same_day = send_due(app, TODAY)
    assert "Feedback sent by text: 0\n" in same_day and twilio.requests == []

    next_day = send_due(app, TODAY + timedelta(days=1))
    assert "Feedback sent by text: 2\n" in next_day and "Feedback sent by email: 0\n" in next_day
    assert f"{child.reference} (parent)" in next_day, "Chris, a parent with no details, could not be reached"
    [to_child] = twilio.bodies_to(CHILD_MOBILE)
    [to_jo] = twilio.bodies_to(JO_MOBILE)
    assert f"The meeting was on {TODAY.strftime('%-d %B %Y')}." in to_child
    assert emails_to(smtp_server, "pat@example.org") == [], "carers did not come"

    feedback = [i for i in invitations() if i.questionnaire.startswith("feedback")]
    assert sorted((i.respondent.value, i.questionnaire) for i in feedback) == [
        ("child", "feedback_young_person"), ("parent", "feedback_adult")]
    assert {i.review_id for i in feedback} == {held.id}, "feedback is about the review that was held, not the next one"
    assert child.next_review.id != held.id

    held_day = TODAY.strftime("%A %-d %B %Y")
    parent = new_browser()
    parent.get(link_path(to_jo))
    assert f"Tell us about the review of {child.first_name}'s care plan on {held_day}." in parent.text()
    # By text, the opening says which review it is about, and is true about who reads it.
    phone = Phone(app, twilio, CHILD_MOBILE)
    assert phone.new_texts() == [to_child]
    opening = phone.reply("YES")
    assert opening[0].startswith(f"Tell us about your review on {TODAY.strftime('%-d %B %Y')}.")
    assert "before" not in opening[0] and "go to your IRO" not in opening[0]

    later = send_due(app, TODAY + timedelta(days=2))
    assert "Feedback sent by text: 0\n" in later
    assert len(twilio.requests) == 3, "two invitations, then the child's opening with the first question"


def test_feedback_by_email_to_carers_who_came_and_none_for_a_child_who_did_not_take_part(app, browser, twilio, smtp_server):  # noqa: F811
    child = a_family(review_in_working_days=2)
    record_held(browser, child, "PN7", carers_attended="y")
    send_due(app, TODAY + timedelta(days=1))
    assert twilio.requests == []
    [to_pat] = emails_to(smtp_server, "pat@example.org")
    assert to_pat["Subject"] == "A message from your IRO"
    assert emails_to(smtp_server, "old@example.org") == []
    [feedback] = invitations()
    assert (feedback.respondent, feedback.questionnaire, feedback.channel) == (Respondent.CARER, "feedback_adult", Channel.EMAIL)


def test_a_child_of_7_is_texted_the_picture_feedback_and_professionals_who_came_are_emailed(
    app, browser, twilio, smtp_server, new_browser  # noqa: F811
):
    from app.models import ProfessionalKind

    child = a_family(review_in_working_days=2, age=7)
    work_mobile = phones.find_or_add("+447911123499")
    db.session.add_all([
        Contact(child=child, respondent=Respondent.PROFESSIONAL, kind=ProfessionalKind.SCHOOL, name="Ms Head", email="head@school.example"),
        Contact(child=child, respondent=Respondent.PROFESSIONAL, kind=ProfessionalKind.HEALTH, name="Nurse Ng",
                mobile=work_mobile, email="ng@health.example"),
    ])
    db.session.commit()
    record_held(browser, child, "PN1", professionals_attended="y")
    tomorrow = [" ".join(li.get_text().split()) for li in browser.page.select(".app-feedback-tomorrow li")]
    assert tomorrow == ["the child, by text", "Professional: Ms Head, by email", "Professional: Nurse Ng, by email"]

    output = send_due(app, TODAY + timedelta(days=1))
    assert "Feedback sent by text: 1\n" in output and "Feedback sent by email: 2\n" in output
    assert twilio.bodies_to("+447911123499") == [], "professionals are reached at work, by email"
    [to_head] = emails_to(smtp_server, "head@school.example")
    assert to_head["Subject"] == "A message from your IRO"
    assert child.first_name not in to_head.get_content() and "care" not in to_head.get_content().lower()
    assert emails_to(smtp_server, "pat@example.org") == [], "carers did not come"

    feedback = invitations()
    assert sorted((i.respondent.value, i.questionnaire) for i in feedback) == [
        ("child", "feedback_child"), ("professional", "feedback_adult"), ("professional", "feedback_adult")]

    # The child opens their link: the picture version, about the review that was held.
    [to_child] = twilio.bodies_to(CHILD_MOBILE)
    young = new_browser()
    young.get(link_path(to_child))
    assert young.h1 == f"Hello {child.first_name}"
    assert f"Tell us about your review on {TODAY.strftime('%A %-d %B %Y')}." in young.text()
    assert "before your review" not in young.text()
    young.follow("Start now")
    assert "app-pictures" in young.page.body["class"]
    assert young.page.select_one(".app-read-aloud[data-text-read='Read to me']") is not None
    answers = young.page.select("input[name=answer]")
    assert answers and all(a.find_parent(class_="govuk-radios__item").find("img", alt=True) for a in answers)

    # The school's link: who they are is known, so the form starts with the first real question.
    school = new_browser()
    school.get(email_link(to_head))
    assert f"Tell us about the review of {child.first_name}'s care plan on {TODAY.strftime('%A %-d %B %Y')}." in school.text()
    school.follow("Start now")
    assert school.h1 == "I felt welcomed by the IRO"
    assert "parent, carer or professional" not in school.text()


def test_a_review_imported_as_held_gets_no_feedback(app, twilio, smtp_server):  # noqa: F811
    from app.models import ParticipationCode

    child = a_family(review_in_working_days=40)
    child.reviews.append(Review(
        due_on=TODAY - timedelta(days=3), held_on=TODAY - timedelta(days=3), participation_code=ParticipationCode.PN1,
        parents_attended=True, carers_attended=True,
    ))
    db.session.commit()
    output = send_due(app, TODAY + timedelta(days=1))
    assert "Feedback sent by text: 0\n" in output and "Feedback sent by email: 0\n" in output
    assert twilio.requests == [] and smtp_server.messages == [] and invitations() == []


def test_two_runs_at_the_same_moment_send_each_invitation_once(postgres_url):  # noqa: F811
    """On PostgreSQL, two send-due runs racing over the same reviews: each review's step is claimed by one of them."""
    from app import create_app
    from app.invitations_due import send_due as run_send_due
    from app.models import ParticipationCode
    from app.models.time import utcnow

    twilio = FakeTwilio()  # noqa: F811
    app = create_app("test", **twilio_config(twilio), SQLALCHEMY_DATABASE_URI=postgres_url)
    with app.app_context():
        db.drop_all()
        db.create_all()
        try:
            iro = create_staff()
            for number in range(20):
                child = create_child(iro=iro, age=12, review_in_days=None)
                child.mobile = phones.find_or_add(f"+4479111{number:05d}")
                child.reviews.append(Review(due_on=add_working_days(TODAY, 8)))
                # A review recorded as held yesterday, so feedback is due too.
                child.reviews.append(Review(
                    due_on=TODAY - timedelta(days=1), held_on=TODAY - timedelta(days=1), participation_code=ParticipationCode.PN1,
                    parents_attended=True, carers_attended=True, recorded_at=utcnow() - timedelta(days=1),
                ))
                db.session.add_all([
                    Contact(child=child, respondent=Respondent.PARENT, name="P", mobile=phones.find_or_add(f"+4479112{number:05d}")),
                    Contact(child=child, respondent=Respondent.CARER, name="C", email=f"carer{number}@example.org"),
                ])
            db.session.commit()
            reports = at_once(app, lambda: run_send_due(TODAY))
            texted = sum(len(r.by_text) + len(r.feedback_by_text) for r in reports)
            emailed = sum(len(r.by_email) + len(r.feedback_by_email) for r in reports)
            assert (texted, emailed) == (80, 40)

            worker.send_due()
            sent = Counter(request.data["To"] for request in twilio.requests)
            assert len(sent) == 40 and set(sent.values()) == {2}, "each child and parent: one consultation, one feedback"
            db.session.expire_all()
            emails = Counter(m.to_address for m in db.session.scalars(db.select(OutboundEmail)))
            assert len(emails) == 20 and set(emails.values()) == {2}
            per_person = Counter(
                (i.review_id, i.respondent, i.contact_id) for i in db.session.scalars(db.select(Invitation))
            )
            assert len(per_person) == 120 and set(per_person.values()) == {1}
            assert db.session.scalar(db.select(db.func.count(OutboundSms.id))) == 80
        finally:
            db.session.remove()
            db.drop_all()
