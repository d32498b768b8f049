"""Texts leave through the outbox and Twilio's REST API, seen at the HTTP boundary by a fake Twilio."""

import logging
from datetime import timedelta

import pytest
from sqlalchemy import select

from app import create_app
from app.extensions import db
from app.messaging import worker
from app.messaging.providers.console import ConsoleSmsClient
from app.messaging.providers import twilio as provider
from app.messaging.providers.twilio import TwilioSmsClient
from app.models import ErrorKind, MessageStatus, OutboundSms
from app.models.time import utcnow
from tests.factories import create_child, create_staff
from tests.sms.conftest import ACCOUNT_SID, BASE_URL, MESSAGES_URL, SERVICE_SID, FakeTwilio, Phone, signed_post
from tests.sms.helpers import invite_by_text

NUMBER = "+447911123456"


def _only_text() -> OutboundSms:
    return db.session.scalar(select(OutboundSms))


def test_the_rest_request_is_exactly_what_twilio_expects(app, twilio):
    invite_by_text(create_child(iro=create_staff()))
    [body] = Phone(app, twilio, NUMBER).new_texts()
    [request] = twilio.requests
    assert request.method == "POST" and request.url == MESSAGES_URL
    assert request.auth == (ACCOUNT_SID, "test-twilio-auth-token")
    assert request.data == {
        "To": NUMBER,
        "Body": body,
        "MessagingServiceSid": SERVICE_SID,
        "StatusCallback": f"{BASE_URL}/sms/status?message={_only_text().id}",
    }
    message = _only_text()
    assert message.status is MessageStatus.SENDING and message.provider_sid.startswith("SM")


def test_without_a_messaging_service_texts_come_from_the_number():
    fake = FakeTwilio()
    client = TwilioSmsClient(ACCOUNT_SID, "token", from_number="+447700900000", http_client=fake)
    sid = client.send(NUMBER, "Hello", "https://ltm.example.org/sms/status")
    assert sid.startswith("SM")
    assert fake.requests[0].data == {"To": NUMBER, "Body": "Hello", "From": "+447700900000", "StatusCallback": "https://ltm.example.org/sms/status"}


def test_twilio_is_chosen_only_when_its_credentials_are_set(app):
    assert isinstance(app.extensions["sms_client"], TwilioSmsClient)
    assert isinstance(create_app("test").extensions["sms_client"], ConsoleSmsClient)


def test_rate_limited_then_accepted_is_sent_once(app, twilio):
    invite_by_text(create_child(iro=create_staff()))
    twilio.answer_next(429, code=20429)
    assert len(Phone(app, twilio, NUMBER).new_texts()) == 2  # the refused request and the accepted one
    message = _only_text()
    assert message.status is MessageStatus.SENDING and message.attempts == 2


def test_provider_faults_back_off_exponentially_then_fail(app, twilio):
    app.config.update(OUTBOX_RETRY_SECONDS=30, OUTBOX_MAX_ATTEMPTS=3)
    invite_by_text(create_child(iro=create_staff()))
    for status in (503, 500, 502):
        twilio.answer_next(status)
    now = utcnow()
    worker.send_due(now)
    message = _only_text()
    assert message.status is MessageStatus.PENDING and message.http_status == 503
    assert timedelta(seconds=29) < message.next_attempt_at - now < timedelta(seconds=35)
    worker.send_due(now + timedelta(seconds=31))
    assert timedelta(seconds=59) < message.next_attempt_at - utcnow() < timedelta(seconds=65), "the wait doubles"
    worker.send_due(now + timedelta(seconds=200))
    assert message.status is MessageStatus.FAILED and message.attempts == 3 and message.http_status == 502
    assert len(twilio.requests) == 3
    worker.send_due(now + timedelta(days=1))
    assert len(twilio.requests) == 3


@pytest.mark.parametrize("code, kind", [(21610, ErrorKind.OPTED_OUT), (21211, ErrorKind.INVALID_NUMBER)])
def test_a_permanent_error_is_never_retried(app, twilio, code, kind):
    conversation = invite_by_text(create_child(iro=create_staff()))
    twilio.answer_next(400, code=code)
    worker.send_due(utcnow())
    worker.send_due(utcnow() + timedelta(days=1))
    message = _only_text()
    assert message.status is MessageStatus.FAILED and message.error_code == code and message.attempts == 1
    assert message.error_kind is kind
    assert len(twilio.requests) == 1
    # 21610: the person texted STOP to Twilio directly; we record it too.
    assert (conversation.phone.opted_out_at is not None) is (code == 21610)


def test_a_claimed_text_that_was_never_confirmed_is_not_sent_again(app, twilio):
    invite_by_text(create_child(iro=create_staff()))
    assert worker.claim(10, utcnow())  # a worker took it, then died before sending
    assert worker.send_due(utcnow() + timedelta(days=1)) == 0
    assert twilio.requests == [] and _only_text().status is MessageStatus.CLAIMED


def test_a_text_waiting_when_the_person_opts_out_is_cancelled(app, twilio):
    conversation = invite_by_text(create_child(iro=create_staff()))
    conversation.phone.opted_out_at = utcnow()
    db.session.commit()
    worker.send_due()
    assert twilio.requests == [] and _only_text().status is MessageStatus.CANCELLED


def _status(client, sid: str, status: str, **extra):
    return signed_post(client, "/sms/status", {"MessageSid": sid, "MessageStatus": status, "AccountSid": ACCOUNT_SID, **extra})


def test_status_callbacks_only_move_a_text_forward(app, twilio):
    invite_by_text(create_child(iro=create_staff()))
    worker.send_due()
    message = _only_text()
    client = app.test_client()
    for status, expected in [("delivered", "delivered"), ("sent", "delivered"), ("queued", "delivered"), ("failed", "delivered")]:
        assert _status(client, message.provider_sid, status).status_code == 200
        db.session.refresh(message)
        assert message.status == expected


def test_an_undelivered_text_fails_with_the_kind_of_twilios_error_code(app, twilio):
    invite_by_text(create_child(iro=create_staff()))
    worker.send_due()
    message = _only_text()
    client = app.test_client()
    _status(client, message.provider_sid, "sent")
    _status(client, message.provider_sid, "undelivered", ErrorCode="30003")
    db.session.refresh(message)
    assert message.status is MessageStatus.FAILED and message.error_kind is ErrorKind.UNREACHABLE and message.error_code == 30003


@pytest.mark.parametrize("status, ours", [
    ("accepted", MessageStatus.SENDING), ("queued", MessageStatus.SENDING), ("sending", MessageStatus.SENDING),
    ("sent", MessageStatus.SENT), ("delivered", MessageStatus.DELIVERED),
    ("undelivered", MessageStatus.FAILED), ("failed", MessageStatus.FAILED), ("read", None), ("", None),
])
def test_twilios_statuses_in_our_terms(status, ours):
    report = provider.status_report({"MessageSid": "SM" + "1" * 32, "MessageStatus": status})
    assert (report.status if report else None) is ours


def test_an_error_code_twilio_gives_no_plain_words_for_is_a_refusal_never_retried(app, twilio):
    invite_by_text(create_child(iro=create_staff()))
    twilio.answer_next(400, code=21614)
    worker.send_due(utcnow())
    worker.send_due(utcnow() + timedelta(days=1))
    message = _only_text()
    assert (message.status, message.error_kind, message.error_code) == (MessageStatus.FAILED, ErrorKind.REJECTED, 21614)
    assert len(twilio.requests) == 1


@pytest.mark.parametrize("path", ["/sms/inbound", "/sms/status"])
def test_a_bad_signature_is_refused_and_logged_without_the_message(app, caplog, path):
    params = {"MessageSid": "SM" + "9" * 32, "From": NUMBER, "Body": "my secret words", "MessageStatus": "delivered"}
    client = app.test_client()
    with caplog.at_level(logging.WARNING):
        assert signed_post(client, path, params, token="not-our-token").status_code == 403
        assert client.post(path, data=params).status_code == 403
    assert "Twilio signature is missing or wrong" in caplog.text
    assert NUMBER not in caplog.text and "secret words" not in caplog.text


def test_a_signature_for_another_address_is_refused(app):
    from twilio.request_validator import RequestValidator

    params = {"MessageSid": "SM" + "8" * 32, "From": NUMBER, "Body": "hi"}
    signature = RequestValidator("test-twilio-auth-token").compute_signature("https://elsewhere.example/sms/inbound", params)
    assert app.test_client().post("/sms/inbound", data=params, headers={"X-Twilio-Signature": signature}).status_code == 403


def test_the_worker_command_sends_what_is_due(app, twilio):
    invite_by_text(create_child(iro=create_staff()))
    result = app.test_cli_runner().invoke(args=["outbox", "worker", "--once"])
    assert result.exit_code == 0 and "Tried 1 texts and emails." in result.output
    assert len(twilio.requests) == 1


def test_the_worker_command_s_old_name_still_works_with_a_warning(app, twilio):
    invite_by_text(create_child(iro=create_staff()))
    result = app.test_cli_runner().invoke(args=["sms", "worker", "--once"])
    assert result.exit_code == 0 and "Tried 1 texts and emails." in result.output
    assert "`flask sms worker` is deprecated" in result.output and "flask outbox worker" in result.output
    assert len(twilio.requests) == 1


def test_the_worker_s_old_setting_names_still_work_with_a_warning(caplog, monkeypatch):
    monkeypatch.setenv("SMS_WORKER_INTERVAL", "7")
    monkeypatch.delenv("OUTBOX_POLL_SECONDS", raising=False)
    with caplog.at_level(logging.WARNING):
        app = create_app("test", SMS_MAX_ATTEMPTS=2, SMS_RETRY_SECONDS=5)
    assert (app.config["OUTBOX_MAX_ATTEMPTS"], app.config["OUTBOX_RETRY_SECONDS"], app.config["OUTBOX_POLL_SECONDS"]) == (2, 5.0, 7.0)
    assert "SMS_MAX_ATTEMPTS" not in app.config
    for old, new in (("SMS_MAX_ATTEMPTS", "OUTBOX_MAX_ATTEMPTS"), ("SMS_RETRY_SECONDS", "OUTBOX_RETRY_SECONDS"), ("SMS_WORKER_INTERVAL", "OUTBOX_POLL_SECONDS")):
        assert f"{old} is deprecated and will be removed: set {new} instead" in caplog.text


def test_a_text_twilio_accepted_before_its_worker_died_is_settled_by_its_status_callback(app, twilio):
    """The worker claims the text and Twilio accepts it, but the worker dies before saving Twilio's id: the
    callback's address names the text, so Twilio's news still settles it, and it is never sent again."""
    invite_by_text(create_child(iro=create_staff()))
    [message_id] = worker.claim(1, utcnow())
    message = db.session.get(OutboundSms, message_id)
    callback = worker.status_callback_url(message_id)
    sid = current_client_send(app, message, callback)
    db.session.expire_all()
    assert _only_text().status is MessageStatus.CLAIMED and _only_text().provider_sid is None
    path = callback.removeprefix(BASE_URL)
    assert signed_post(app.test_client(), path, {"MessageSid": sid, "MessageStatus": "delivered", "AccountSid": ACCOUNT_SID}).status_code == 200
    db.session.expire_all()
    settled = _only_text()
    assert (settled.status, settled.provider_sid) == (MessageStatus.DELIVERED, sid)
    worker.send_due()
    assert len(twilio.requests) == 1, "never sent twice"


def current_client_send(app, message, callback: str) -> str:
    """What the dead worker did before it died: hand the text to Twilio (through the fake HTTP client)."""
    from app.messaging.providers import current_client

    return current_client().send(message.phone.number, message.body, callback)


def test_a_text_left_claimed_is_reported_by_healthz_and_the_status_command(app, twilio):
    invite_by_text(create_child(iro=create_staff()))
    [message_id] = worker.claim(1, utcnow())
    db.session.get(OutboundSms, message_id).claimed_at = utcnow() - timedelta(minutes=11)  # its worker died then
    db.session.commit()
    assert app.test_client().get("/healthz").get_json()["stranded"] == {"texts": 1, "emails": 0}
    output = app.test_cli_runner().invoke(args=["outbox", "status"]).output
    assert "texts: 1 claimed" in output
    assert "1 texts claimed more than 10 minutes ago and never settled" in output
