"""Staff see what happened to every text to a child and their family, in plain words, and can send again one that
failed or that a sender left half-sent; the words of a text are never shown."""

from datetime import timedelta

from sqlalchemy import select

from app.extensions import db
from app.messaging import worker
from app.models import AuditEvent, MessageStatus, OutboundSms
from app.models.time import utcnow
from tests.conftest import sign_in
from tests.factories import create_child, create_staff
from tests.sms.conftest import ACCOUNT_SID, signed_post
from tests.sms.helpers import invite_by_text


def rows(browser) -> list[list[str]]:
    return [[" ".join(td.get_text(" ").split()) for td in tr.find_all("td")] for tr in browser.page.select("tbody tr")]


def test_an_opted_out_failure_and_a_half_sent_text_are_shown_in_plain_words(app, twilio, browser):
    iro = create_staff()
    child = create_child(iro=iro)
    invite_by_text(child)
    worker.send_due()
    first = db.session.scalar(select(OutboundSms))
    signed_post(app.test_client(), f"/sms/status?message={first.id}",
                {"MessageSid": first.provider_sid, "MessageStatus": "failed", "ErrorCode": "21610", "AccountSid": ACCOUNT_SID})
    invite_by_text(child, number="+447911123458")
    [stuck_id] = worker.claim(1, utcnow())
    db.session.get(OutboundSms, stuck_id).claimed_at = utcnow() - timedelta(minutes=11)
    db.session.commit()

    sign_in(browser, iro)
    browser.get(f"/staff/children/{child.id}")
    browser.follow("What happened to each text and email")
    assert browser.h1 == "Texts and emails to this child and their family"
    stuck, failed = rows(browser)
    assert failed[1:3] == ["Child", "Text: Invitation"]
    assert "Failed They replied STOP, so no more texts can go to this number" in failed[3]
    assert "Send again" not in failed[3], "a text to someone who said STOP is never sent again"
    assert stuck[3].startswith("Needs a person: the sender stopped while sending it")
    assert "/c/" not in browser.text(), "a text's words (and its link) are never shown"

    browser.submit(form_index=[f.get("action", "") for f in browser.page.find_all("form")].index(
        f"/staff/children/{child.id}/texts/{stuck_id}/again"))
    assert "The text will be sent again in a moment" in browser.text()
    assert db.session.get(OutboundSms, stuck_id).status is MessageStatus.FAILED
    assert db.session.scalar(select(db.func.count(OutboundSms.id)).where(OutboundSms.status == MessageStatus.PENDING)) == 1
    assert db.session.scalar(select(AuditEvent).where(AuditEvent.action == "sent_text_again")).child_id == child.id


def test_another_iro_cannot_see_a_childs_texts(browser):
    child = create_child(iro=create_staff())
    sign_in(browser, create_staff())
    browser.get(f"/staff/children/{child.id}/texts", status=403)


def test_an_email_the_mail_server_refused_is_shown_and_can_be_sent_again(app, browser):
    from app.models import EmailStatus, OutboundEmail
    from app.reviews.timescales import add_working_days
    from tests.test_invitations import _free_port
    from tests.test_send_due import a_family, send_due

    app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=_free_port(), MAIL_USE_TLS=False, OUTBOX_MAX_ATTEMPTS=1)
    child = a_family()  # a parent and a carer with email addresses on the record
    send_due(app, add_working_days(child.next_review.due_on, -10))  # nothing listens on the mail port
    iro = child.current_allocation.iro
    sign_in(browser, iro)
    browser.get(f"/staff/children/{child.id}/texts")
    emails = [row for row in rows(browser) if row[2] == "Email: Invitation"]
    assert [row[1] for row in emails] == ["Carer: Pat Foster"]  # Jo has a mobile, so Jo's invitation was a text
    assert all(row[3].startswith("Failed: the mail server would not take it") for row in emails)
    failed = db.session.scalar(select(OutboundEmail).order_by(OutboundEmail.id))
    browser.submit(form_index=[f.get("action", "") for f in browser.page.find_all("form")].index(
        f"/staff/children/{child.id}/emails/{failed.id}/again"))
    assert "The email will be sent again in a moment" in browser.text()
    again = db.session.scalars(select(OutboundEmail).where(OutboundEmail.status == EmailStatus.PENDING)).all()
    assert [(e.contact_id, e.to_address) for e in again] == [(failed.contact_id, failed.to_address)]


def test_every_status_and_kind_of_error_has_plain_words():
    from app.models import ErrorKind
    from app.staff.text_status import REASONS, STATUS_WORDS

    assert set(STATUS_WORDS) == set(MessageStatus) and set(REASONS) == set(ErrorKind)


def test_a_text_the_network_could_not_deliver_shows_why_in_words_never_a_code(app, twilio, browser):
    iro = create_staff()
    child = create_child(iro=iro)
    invite_by_text(child)
    worker.send_due()
    text = db.session.scalar(select(OutboundSms))
    signed_post(app.test_client(), f"/sms/status?message={text.id}",
                {"MessageSid": text.provider_sid, "MessageStatus": "undelivered", "ErrorCode": "30003", "AccountSid": ACCOUNT_SID})
    sign_in(browser, iro)
    browser.get(f"/staff/children/{child.id}/texts")
    [row] = rows(browser)
    assert "Failed The phone was switched off or had no signal" in row[3] and "30003" not in row[3]
    assert "Send again" in row[3]
