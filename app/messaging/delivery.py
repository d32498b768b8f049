"""A provider's news of a text we sent, recorded in our own terms: a status only ever moves forward."""

from sqlalchemy import select

from app.extensions import db
from app.messaging.providers.base import StatusReport
from app.models import ErrorKind, OutboundSms
from app.models.outbox import STATUS_RANK
from app.models.time import utcnow


def record_status(report: StatusReport, message_id: int | None = None) -> None:
    """Move the text forward to the reported status (with why it failed, if it did); the caller commits.

    `message_id` is the text the status callback's address names (app/messaging/worker.py), for a text whose
    worker died before saving the provider's id."""
    message = db.session.scalar(select(OutboundSms).where(OutboundSms.provider_sid == report.provider_id).with_for_update())
    if message is None and message_id is not None:
        message = _accepted_before_its_worker_died(report.provider_id, message_id)
    if message is None or STATUS_RANK[report.status] <= STATUS_RANK[message.status]:
        return
    message.status = report.status
    if report.error_kind is not None:
        message.error_kind, message.error_code = report.error_kind, report.error_code
        if report.error_kind is ErrorKind.OPTED_OUT:
            message.phone.opted_out_at = message.phone.opted_out_at or utcnow()


def _accepted_before_its_worker_died(provider_id: str, message_id: int) -> OutboundSms | None:
    """A text the provider accepted whose worker died before saving the provider's id: it is settled now, and its
    id kept for the news after this one."""
    message = db.session.scalar(
        select(OutboundSms).where(OutboundSms.id == message_id, OutboundSms.provider_sid.is_(None)).with_for_update()
    )
    if message is not None:
        message.provider_sid = provider_id
    return message
