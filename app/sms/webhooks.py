"""Twilio's webhooks: texts coming in, and delivery status of texts going out.

Both check Twilio's signature, do only quick database work, and answer with TwiML at once; any reply
goes through the outbox. Neither ever logs a number or a message's words."""

import logging
import re

from flask import Response, abort, current_app, request
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from twilio.request_validator import RequestValidator
from twilio.twiml.messaging_response import MessagingResponse

from app.auth.access import public
from app.extensions import db
from app.inputs import database_integer
from app.messaging import phones
from app.models import InboundSms, OutboundSms, SmsStatus
from app.models.outbox import STATUS_RANK
from app.models.time import utcnow
from app.sms import bp, conversation, texts

log = logging.getLogger(__name__)
# Twilio's ids are two letters and 32 hex digits; the column holds 64, and PostgreSQL refuses anything longer.
TWILIO_SID = re.compile(r"[A-Za-z0-9]{1,64}")


def _twiml(reply: str | None = None) -> Response:
    response = MessagingResponse()
    if reply:
        response.message(reply)
    return Response(str(response), mimetype="text/xml")


def _check_signature() -> None:
    """Refuse anything not signed by Twilio for the URL it was sent to (behind a proxy, set PUBLIC_BASE_URL)."""
    token = current_app.config.get("TWILIO_AUTH_TOKEN")
    # Twilio signs the whole address it called, query included (a status callback names its text).
    url = current_app.config["SMS_WEBHOOK_BASE_URL"].rstrip("/") + request.full_path.rstrip("?")
    signature = request.headers.get("X-Twilio-Signature", "")
    if not token or not RequestValidator(token).validate(url, request.form.to_dict(), signature):
        log.warning("Refused a request to %s: its Twilio signature is missing or wrong", request.path)
        abort(403)


@bp.route("/inbound", methods=["POST"])
@public
def inbound():
    """A text from someone: handled once per MessageSid, whatever Twilio retries."""
    _check_signature()
    sid = request.form.get("MessageSid", "")
    if not TWILIO_SID.fullmatch(sid):
        abort(400)
    try:
        e164 = phones.parse_mobile(request.form.get("From", ""))
    except phones.NotAMobileNumber:
        e164 = None
    phone = phones.find(e164) if e164 else None
    db.session.add(InboundSms(message_sid=sid, phone_id=phone.id if phone else None))
    try:
        db.session.flush()
    except IntegrityError:
        db.session.rollback()
        return _twiml()
    if phone is None:
        db.session.commit()
        word = conversation.keyword(request.form.get("Body", ""))
        if word in conversation.OPT_OUT | conversation.OPT_IN:
            return _twiml()
        # A number we do not know: we keep nothing but the fact, so the reply cannot wait in the outbox
        # (that would store the number). It is the same fixed words for everyone.
        return _twiml(texts.help_text() if word in conversation.HELP else texts.unknown_number())
    conversation.receive(phone, request.form.get("Body", ""), utcnow())
    db.session.commit()
    return _twiml()


@bp.route("/status", methods=["POST"])
@public
def status():
    """Twilio's news of a text we sent; a status only ever moves forward."""
    _check_signature()
    try:
        new = SmsStatus(request.form.get("MessageStatus", ""))
    except ValueError:
        return _twiml()
    sid = request.form.get("MessageSid", "")
    message = db.session.scalar(select(OutboundSms).where(OutboundSms.provider_sid == sid).with_for_update())
    if message is None:
        message = _accepted_before_its_worker_died(sid)
    if message is not None and STATUS_RANK[new] > STATUS_RANK[message.status]:
        message.status = new
        code = database_integer(request.form.get("ErrorCode"))
        if code is not None:
            message.error_code = code
            if code == 21610:
                message.phone.opted_out_at = message.phone.opted_out_at or utcnow()
    db.session.commit()
    return _twiml()


def _accepted_before_its_worker_died(sid: str) -> OutboundSms | None:
    """A text Twilio accepted whose worker died before saving Twilio's id: the callback's address names the
    text (?message=<id>), so it is settled now, and its id kept for the callbacks after this one."""
    message_id = database_integer(request.args.get("message"))
    if message_id is None or not TWILIO_SID.fullmatch(sid):
        return None
    message = db.session.scalar(
        select(OutboundSms).where(OutboundSms.id == message_id, OutboundSms.provider_sid.is_(None)).with_for_update()
    )
    if message is not None:
        message.provider_sid = sid
    return message
