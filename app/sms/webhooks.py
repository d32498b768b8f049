"""The text provider's webhooks: texts coming in, and delivery status of texts going out.

Both check the provider's signature, do only quick database work, and answer at once in the provider's terms; any
reply goes through the outbox. Neither ever logs a number or a message's words."""

from flask import abort, request
from sqlalchemy.exc import IntegrityError

from app.auth.access import public
from app.extensions import db
from app.inputs import database_integer
from app.messaging import delivery, phones
from app.messaging.providers import twilio as provider
from app.models import InboundSms
from app.models.time import utcnow
from app.sms import bp, conversation, texts
from app.sms.keywords import HELP, START, STOP, YES, keyword


@bp.route("/inbound", methods=["POST"])
@public
def inbound():
    """A text from someone: handled once per provider id, whatever the provider retries."""
    if not provider.request_is_signed(request):
        abort(403)
    text = provider.inbound_text(request.form)
    if text is None:
        abort(400)
    try:
        e164 = phones.parse_mobile(text.sender)
    except phones.NotAMobileNumber:
        e164 = None
    phone = phones.find(e164) if e164 else None
    db.session.add(InboundSms(message_sid=text.provider_id, phone_id=phone.id if phone else None))
    try:
        db.session.flush()
    except IntegrityError:
        db.session.rollback()
        return provider.reply()
    if phone is None:
        db.session.commit()
        word = keyword(text.body)
        if word in (STOP, START, YES):
            return provider.reply()
        # A number we do not know: we keep nothing but the fact, so the reply cannot wait in the outbox
        # (that would store the number). It is the same fixed words for everyone.
        return provider.reply(texts.help_text() if word == HELP else texts.unknown_number())
    conversation.receive(phone, text.body, utcnow())
    db.session.commit()
    return provider.reply()


@bp.route("/status", methods=["POST"])
@public
def status():
    """The provider's news of a text we sent; its address names the text (?message=<id>)."""
    if not provider.request_is_signed(request):
        abort(403)
    report = provider.status_report(request.form)
    if report is not None:
        delivery.record_status(report, database_integer(request.args.get("message")))
        db.session.commit()
    return provider.reply()
