"""Development only: play the phone. Registered only when SMS_SIMULATOR is set (the development config)."""

from collections import deque

from flask import Blueprint, current_app, redirect, render_template, request, url_for
from flask_wtf import FlaskForm
from sqlalchemy import select

from app.auth.access import public
from app.extensions import db
from app.messaging import phones
from app.models import OutboundSms, PhoneNumber
from app.models.time import utcnow
from app.sms import conversation, texts

bp = Blueprint("sms_simulator", __name__, url_prefix="/dev/sms")

# What was typed here, newest first: development only, so it may live in memory.
typed: deque[tuple[str, str]] = deque(maxlen=100)


@bp.before_request
def development_only():
    if not current_app.config.get("SMS_SIMULATOR"):
        return "Not found", 404


@bp.route("/", methods=["GET", "POST"])
@public
def phone():
    number = request.values.get("number", "")
    reply = None
    form = FlaskForm()
    if request.method == "POST" and form.validate_on_submit():
        body = request.form.get("body", "")
        try:
            e164 = phones.parse_mobile(number)
        except phones.NotAMobileNumber:
            e164 = None
        known = phones.find(e164) if e164 else None
        typed.appendleft((e164 or number, body))
        if known is None:
            reply = texts.unknown_number()
        else:
            conversation.receive(known, body, utcnow())
            db.session.commit()
            return redirect(url_for(".phone", number=e164))
    known = db.session.scalars(select(PhoneNumber).order_by(PhoneNumber.id.desc()).limit(20)).all()
    chosen = next((p for p in known if p.number == number), None)
    outgoing = (
        db.session.scalars(select(OutboundSms).where(OutboundSms.phone_id == chosen.id).order_by(OutboundSms.id.desc()).limit(30)).all()
        if chosen
        else []
    )
    return render_template(
        "sms/simulator.html",
        form=form,
        number=number,
        numbers=[p.number for p in known],
        outgoing=outgoing,
        incoming=[body for to, body in typed if to == number][:30],
        reply=reply,
    )
