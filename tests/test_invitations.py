"""Invitations by email (through the outbox, sent by its worker), by printed letter and short code, revoking and\nresending, and the scheduled send."""

import re

from app.messaging import worker
from tests.conftest import sign_in
from tests.factories import create_child, create_staff
from tests.helpers.mail import free_port


def test_an_iro_sends_an_invitation_by_email_and_the_link_in_it_opens_the_consultation(browser, new_browser, smtp_server):
    iro = create_staff()
    child = create_child(iro=iro, age=9)
    sign_in(browser, iro)
    browser.get(f"/staff/children/{child.id}")
    assert "Invitations" in browser.text()
    browser.follow("Send an invitation by email")
    assert browser.h1 == "Send an invitation by email"

    browser.submit({"email": "sam.example.org", "respondent": "child"})
    assert browser.errors() == ["Enter an email address in the correct format, like name@example.com"]
    assert "Enter an email address in the correct format" in browser.page.select_one("#email-error").get_text()
    assert smtp_server.messages == []

    browser.submit({"email": " sam@example.org ", "respondent": "child"})
    assert "The email invitation is on its way." in browser.text()
    assert browser.h1 == child.full_name
    assert smtp_server.messages == [], "it waits in the outbox"

    worker.send_due()
    [(recipients, message)] = smtp_server.messages
    assert recipients == ["sam@example.org"]
    assert message["To"] == "sam@example.org"
    assert message["From"] == "iro-service@example.org"
    assert message["Subject"] == "A message from your IRO"
    body = message.get_content()
    assert f"You have a message from your IRO. The meeting will be before {child.next_review.due_on.strftime('%-d %B')}." in body
    assert "care" not in body.lower() and child.first_name not in body and child.last_name not in body
    link = re.search(r"http://\S+/c/(\S+)", body)
    assert link

    person = new_browser()
    person.get(f"/c/{link.group(1)}")
    assert person.response.request.path != f"/c/{link.group(1)}"
    assert "This link does not work" not in person.text()


def test_an_email_address_is_required_and_who_it_is_for(browser, smtp_server):
    iro = create_staff()
    child = create_child(iro=iro)
    sign_in(browser, iro)
    browser.get(f"/staff/children/{child.id}/email-invitation")
    browser.submit({})
    assert browser.errors() == ["Enter an email address", "Select who the email is for"]
    assert smtp_server.messages == []


def test_when_the_mail_server_is_down_the_email_waits_in_the_outbox_and_is_tried_again(app, browser):
    from app.extensions import db
    from app.models import EmailStatus, Invitation, OutboundEmail
    from app.models.time import utcnow

    app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=free_port(), MAIL_USE_TLS=False)
    iro = create_staff()
    child = create_child(iro=iro)
    sign_in(browser, iro)
    browser.get(f"/staff/children/{child.id}/email-invitation")
    browser.submit({"email": "parent@example.org", "respondent": "parent"})
    assert "The email invitation is on its way." in browser.text()
    worker.send_due()
    db.session.expire_all()
    assert db.session.scalar(db.select(db.func.count(Invitation.id))) == 1
    [email] = db.session.scalars(db.select(OutboundEmail)).all()
    assert email.to_address == "parent@example.org" and email.purpose == "invitation"
    assert email.status is EmailStatus.PENDING and email.attempts == 1 and email.next_attempt_at > utcnow()


def _letter(browser, child, respondent="child"):
    browser.get(f"/staff/children/{child.id}")
    browser.follow("Print an invitation letter with a code")
    return browser.submit({"respondent": respondent})


def test_a_printed_letter_has_the_iros_photo_introduction_a_qr_code_and_a_short_code_that_opens_the_consultation(
    app, browser, new_browser
):
    import io

    from PIL import Image

    from app.extensions import db

    iro = create_staff(name="Priya Shah")
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "blue").save(buffer, "PNG")
    iro.photo = buffer.getvalue()
    iro.introduction = "<p>I like <strong>football</strong>.</p>"
    db.session.commit()
    child = create_child(iro=iro, first_name="Jo")
    sign_in(browser, iro)
    page = _letter(browser, child)
    assert browser.h1 == "A message from your IRO"
    text = browser.text()
    assert "Hello Jo," in text and "My name is Priya. I am your IRO." in text
    assert page.select_one(".app-rich-text strong").get_text() == "football"
    photo = page.find("img", alt="Photo of Priya")
    assert browser.client.get(photo["src"]).data == iro.photo
    qr = page.find("img", alt="QR code for your link")
    assert qr["src"].startswith("data:image/svg+xml")
    assert "style=" not in browser.response.get_data(as_text=True)
    link = re.search(r"Or type this link: (\S+)", text).group(1)
    code = page.select_one(".app-short-code").get_text().strip()
    assert re.fullmatch(r"[A-HJ-NP-Z2-9]{4} [A-HJ-NP-Z2-9]{4}", code)

    by_link = new_browser()
    by_link.get(link.split("127.0.0.1:5000")[1])
    assert "This link does not work" not in by_link.text()

    by_code = new_browser()
    home = by_code.get("/")
    assert "Have a code?" in by_code.text()
    by_code.submit({"code": code.lower().replace(" ", "-")}, form_index=len(home.find_all("form")) - 1)
    assert by_code.response.request.path == by_link.response.request.path
    assert "This link does not work" not in by_code.text()


def test_a_wrong_code_is_told_where_it_was_typed(browser):
    home = browser.get("/")
    index = len(home.find_all("form")) - 1
    browser.submit({"code": "ABCD 2345"}, form_index=index)
    assert browser.errors() == ["This code does not work. Check it against your letter, or ask your IRO for a new one."]
    assert browser.page.select_one("#code")["value"] == "ABCD 2345"
    browser.submit({"code": ""}, form_index=index)
    assert browser.errors() == ["Enter the code from your letter"]


def _invitations_table(browser):
    table = browser.page.select_one("table.app-invitations")
    if table is None:
        return []
    return [[" ".join(td.get_text().split()) for td in row.find_all("td")[:5]] for row in table.select("tbody tr")]


def _press(browser, action_end: str, row: int = 0, status: int = 200):
    """Press a button in the invitations table: its form's hidden fields are sent, as a browser would."""
    forms = browser.page.find_all("form")
    index = [i for i, f in enumerate(forms) if (f.get("action") or "").endswith(action_end)][row]
    hidden = {i["name"]: i["value"] for i in forms[index].find_all("input", type="hidden") if i["name"] != "csrf_token"}
    return browser.submit(hidden, form_index=index, status=status)


def test_revoking_a_letter_stops_its_link_and_code(browser, new_browser):
    iro = create_staff()
    child = create_child(iro=iro)
    sign_in(browser, iro)
    letter = _letter(browser, child, respondent="carer")
    link = re.search(r"Or type this link: \S+?(/c/\S+)", browser.text()).group(1)
    code = letter.select_one(".app-short-code").get_text().strip()
    browser.get(f"/staff/children/{child.id}")
    [row] = _invitations_table(browser)
    assert row[0] == "Carer" and row[2] == "Letter" and row[4] == "Active"

    _press(browser, "/invitations/revoke")
    assert "The link has been revoked: it no longer works." in browser.text()
    assert _invitations_table(browser) == []

    person = new_browser()
    person.get(link, status=404)
    assert "This link does not work" in person.text()
    home = person.get("/")
    person.submit({"code": code}, form_index=len(home.find_all("form")) - 1)
    assert "This code does not work" in person.text()


def test_send_a_new_link_revokes_the_old_letter_and_prints_a_new_one(browser, new_browser):
    iro = create_staff()
    child = create_child(iro=iro)
    sign_in(browser, iro)
    _letter(browser, child)
    old_link = re.search(r"Or type this link: \S+?(/c/\S+)", browser.text()).group(1)
    browser.get(f"/staff/children/{child.id}")
    _press(browser, "/invitations/resend")
    assert browser.h1 == "A message from your IRO"
    new_link = re.search(r"Or type this link: \S+?(/c/\S+)", browser.text()).group(1)
    assert new_link != old_link
    new_browser().get(old_link, status=404)
    assert "This link does not work" not in new_browser().get(new_link).get_text()
    browser.get(f"/staff/children/{child.id}")
    assert len(_invitations_table(browser)) == 1


def test_send_a_new_link_by_text_revokes_the_old_one_and_texts_the_same_phone(browser):
    from app.extensions import db
    from app.models import Invitation, SmsConversation
    from app.models.invitation import InvitationStatus

    iro = create_staff()
    child = create_child(iro=iro)
    sign_in(browser, iro)
    browser.get(f"/staff/children/{child.id}/text-invitation")
    browser.submit({"mobile": "07911 123456", "respondent": "parent"})
    assert "on its way" in browser.text(), browser.errors()
    browser.get(f"/staff/children/{child.id}")
    [row] = _invitations_table(browser)
    assert row[0] == "Parent" and row[2] == "Text message"
    _press(browser, "/invitations/resend")
    assert "a new one is on its way by text" in browser.text()
    db.session.expire_all()
    old, new = db.session.scalars(db.select(Invitation).order_by(Invitation.id)).all()
    assert old.status is InvitationStatus.REVOKED and new.status is InvitationStatus.ACTIVE
    phones = {c.phone_id for c in db.session.scalars(db.select(SmsConversation))}
    assert len(phones) == 1
    assert len(_invitations_table(browser)) == 1


def test_send_a_new_link_by_email_revokes_the_old_one_and_asks_for_the_address_again(browser, smtp_server):
    iro = create_staff()
    child = create_child(iro=iro)
    sign_in(browser, iro)
    browser.get(f"/staff/children/{child.id}/email-invitation")
    browser.submit({"email": "carer@example.org", "respondent": "carer"})
    _press(browser, "/invitations/resend")
    assert browser.h1 == "Send an invitation by email"
    assert browser.page.find("input", attrs={"name": "respondent", "value": "carer"}).has_attr("checked")
    browser.submit({"email": "carer@example.org", "respondent": "carer"}, form_index=len(browser.page.find_all("form")) - 1)
    worker.send_due()
    assert len(smtp_server.messages) == 2
    assert len(_invitations_table(browser)) == 1


def test_send_due_texts_children_whose_review_is_near_once_however_often_it_runs(app):
    from datetime import date

    from app.extensions import db
    from app.invitations import versions
    from app.messaging import phones
    from app.models import Invitation, OutboundSms

    iro = create_staff()
    near = create_child(iro=iro, age=9, review_in_days=5)
    near.mobile = phones.find_or_add("+447911123456")
    far = create_child(iro=iro, review_in_days=60)
    far.mobile = phones.find_or_add("+447911123457")
    no_phone = create_child(iro=iro, review_in_days=3)
    db.session.commit()
    runner = app.test_cli_runner()

    first = runner.invoke(args=["invitations", "send-due"])
    assert first.exit_code == 0, first.output
    assert "Consultations sent by text: 1\n" in first.output
    assert f"No way to reach, not sent (add a mobile or email, print a letter, or send from the child's page): 1\n  {no_phone.reference} (child)" in first.output
    [invitation] = db.session.scalars(db.select(Invitation)).all()
    assert invitation.child_id == near.id and invitation.review_id == near.next_review.id
    assert invitation.questionnaire == versions.for_child(near, date.today()).id
    assert invitation.channel.value == "sms" and invitation.respondent.value == "child"

    second = runner.invoke(args=["invitations", "send-due"])
    assert "Consultations sent by text: 0\n" in second.output and "No way to reach, not sent" in second.output
    assert no_phone.reference not in second.output, "each review's consultations are sent, or found unreachable, once"
    assert db.session.scalar(db.select(db.func.count(Invitation.id))) == 1
    assert db.session.scalar(db.select(db.func.count(OutboundSms.id))) == 1


def test_send_due_does_not_resend_after_staff_revoked_the_link(app):
    """A revoked automatic invitation is not sent again by the schedule: staff decide what comes next."""
    from app.extensions import db
    from app.messaging import phones
    from app.models import Invitation
    from app.models.invitation import InvitationStatus

    child = create_child(iro=create_staff(), review_in_days=5)
    child.mobile = phones.find_or_add("+447911123458")
    db.session.commit()
    runner = app.test_cli_runner()
    runner.invoke(args=["invitations", "send-due"])
    db.session.scalar(db.select(Invitation)).status = InvitationStatus.REVOKED
    db.session.commit()
    assert "Consultations sent by text: 0\n" in runner.invoke(args=["invitations", "send-due"]).output
