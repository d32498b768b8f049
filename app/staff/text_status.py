"""What happened to each text and email sent to a child and their family: waiting, sent, delivered, failed and
why, or left by a sender that stopped mid-send, with "Send again" where a person should decide.

The words of a message are never shown (they hold the person's link); what it was for is."""

from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from sqlalchemy import select

from app import audit
from app.audit.actions import Action
from app.auth.access import staff
from app.extensions import db
from app.messaging.email_outbox import enqueue_email
from app.messaging.outbox import enqueue
from app.messaging.worker import STRANDED_AFTER
from app.models import Child, Contact, EmailStatus, ErrorKind, Invitation, MessageStatus, OutboundEmail, OutboundSms, Respondent, SmsConversation
from app.models.time import utcnow
from app.staff import bp
from app.staff.access import CASEWORK, child_or_403
from app.staff.labels import RESPONDENT_NAMES

PURPOSES = {
    "invitation": _l("Invitation"),
    "reminder": _l("Reminder"),
    "nudge": _l("Nudge after a quiet day"),
    "reply": _l("Reply in the conversation"),
    "note": _l("Message from the IRO"),
}

STATUS_WORDS = {
    MessageStatus.PENDING: _l("Waiting to send"),
    MessageStatus.CLAIMED: _l("Sending"),
    MessageStatus.CANCELLED: _l("Not sent: they had asked for no more texts"),
    MessageStatus.SENDING: _l("With the text provider"),
    MessageStatus.SENT: _l("Sent"),
    MessageStatus.DELIVERED: _l("Delivered"),
    MessageStatus.FAILED: _l("Failed"),
}

# Why a text failed, in plain words a member of staff can act on.
REASONS = {
    ErrorKind.OPTED_OUT: _l("They replied STOP, so no more texts can go to this number"),
    ErrorKind.INVALID_NUMBER: _l("This is not a mobile number that can get texts"),
    ErrorKind.UNREACHABLE: _l("The phone was switched off or had no signal"),
    ErrorKind.NO_SUCH_NUMBER: _l("The number does not exist"),
    ErrorKind.LANDLINE: _l("A landline, or a number that cannot get texts"),
    ErrorKind.BLOCKED: _l("The phone network blocked it"),
    ErrorKind.UNKNOWN: _l("The phone network did not say why"),
    ErrorKind.TEMPORARY: _l("The text provider could not take it at the time"),
    ErrorKind.REJECTED: _l("The text provider would not send it"),
}

EMAIL_STATUS_WORDS = {
    EmailStatus.PENDING: _l("Waiting to send"),
    EmailStatus.CLAIMED: _l("Sending"),
    EmailStatus.SENT: _l("Sent"),
    EmailStatus.FAILED: _l("Failed: the mail server would not take it"),
}

RESENDABLE = {MessageStatus.FAILED, EmailStatus.FAILED}
STRANDED = _l("Needs a person: the sender stopped while sending it, so it may or may not have gone")


def _stranded(message: OutboundSms | OutboundEmail) -> bool:
    claimed = message.status in (MessageStatus.CLAIMED, EmailStatus.CLAIMED)
    return claimed and message.claimed_at is not None and utcnow() - message.claimed_at > STRANDED_AFTER


def _may_send_again(message: OutboundSms) -> bool:
    if message.phone.opted_out_at is not None or message.error_kind in (ErrorKind.OPTED_OUT, ErrorKind.INVALID_NUMBER):
        return False
    return message.status in RESENDABLE or _stranded(message)


def _recipients(child: Child) -> dict[int, str]:
    """Each phone this child's texts went to, and who it belongs to."""
    who = {}
    conversations = db.session.execute(
        select(SmsConversation.phone_id, Invitation.respondent).join(Invitation).where(Invitation.child_id == child.id)
    ).all()
    for phone_id, respondent in conversations:
        who.setdefault(phone_id, str(RESPONDENT_NAMES[respondent]))
    for contact in child.contacts:
        if contact.mobile_id:
            who[contact.mobile_id] = f"{RESPONDENT_NAMES[contact.respondent]}: {contact.name}"
    if child.mobile_id:
        who[child.mobile_id] = str(RESPONDENT_NAMES[Respondent.CHILD])
    return who


def texts_to(child: Child) -> list[dict]:
    who = _recipients(child)
    if not who:
        return []
    messages = db.session.scalars(
        select(OutboundSms).where(OutboundSms.phone_id.in_(who), OutboundSms.purpose.in_(PURPOSES))
        .order_by(OutboundSms.created_at.desc(), OutboundSms.id.desc()).limit(100)
    ).all()
    return [
        {
            "message": message,
            "kind": _l("Text"),
            "again": url_for(".send_again", child_id=child.id, message_id=message.id),
            "to": who[message.phone_id],
            "purpose": PURPOSES[message.purpose],
            "status": STRANDED if _stranded(message) else STATUS_WORDS[message.status],
            "reason": REASONS[message.error_kind] if message.error_kind else "",
            "may_send_again": _may_send_again(message),
        }
        for message in messages
    ]


def emails_to(child: Child) -> list[dict]:
    """Emails to the parents, carers and professionals on the child's record (invitations and reminders)."""
    messages = db.session.scalars(
        select(OutboundEmail).join(Contact).where(Contact.child_id == child.id)
        .order_by(OutboundEmail.created_at.desc(), OutboundEmail.id.desc()).limit(100)
    ).all()
    return [
        {
            "message": message,
            "kind": _l("Email"),
            "again": url_for(".send_email_again", child_id=child.id, message_id=message.id),
            "to": f"{RESPONDENT_NAMES[message.contact.respondent]}: {message.contact.name}",
            "purpose": PURPOSES.get(message.purpose, message.purpose),
            "status": STRANDED if _stranded(message) else EMAIL_STATUS_WORDS[message.status],
            "reason": "",
            "may_send_again": message.status in RESENDABLE or _stranded(message),
        }
        for message in messages
    ]


@bp.route("/children/<int:child_id>/texts")
@staff(*CASEWORK)
def texts(child_id: int):
    child = child_or_403(db.get_or_404(Child, child_id))
    sent = sorted([*texts_to(child), *emails_to(child)], key=lambda row: row["message"].created_at, reverse=True)
    return render_template("staff/texts.html", child=child, texts=sent)


@bp.route("/children/<int:child_id>/texts/<int:message_id>/again", methods=["POST"])
@staff(*CASEWORK)
def send_again(child_id: int, message_id: int):
    child = child_or_403(db.get_or_404(Child, child_id))
    message = db.get_or_404(OutboundSms, message_id)
    if message.phone_id not in _recipients(child):
        abort(404)
    if FlaskForm().validate_on_submit() and _may_send_again(message):
        message.status = MessageStatus.FAILED  # settled by hand: this one is never sent, the new one is
        enqueue(message.phone, message.body, message.purpose)
        audit.record(Action.SENT_TEXT_AGAIN, child=child)
        db.session.commit()
        flash(_("The text will be sent again in a moment"))
    return redirect(url_for(".texts", child_id=child.id))


@bp.route("/children/<int:child_id>/emails/<int:message_id>/again", methods=["POST"])
@staff(*CASEWORK)
def send_email_again(child_id: int, message_id: int):
    child = child_or_403(db.get_or_404(Child, child_id))
    message = db.get_or_404(OutboundEmail, message_id)
    if message.contact is None or message.contact.child_id != child.id:
        abort(404)
    if FlaskForm().validate_on_submit() and (message.status is EmailStatus.FAILED or _stranded(message)):
        message.status = EmailStatus.FAILED  # settled by hand: this one is never sent, the new one is
        enqueue_email(message.to_address, message.subject, message.body, message.purpose, contact=message.contact)
        audit.record(Action.SENT_EMAIL_AGAIN, child=child)
        db.session.commit()
        flash(_("The email will be sent again in a moment"))
    return redirect(url_for(".texts", child_id=child.id))
