"""Everything about Twilio: its Messages API client, the signatures on its webhooks, the TwiML that answers them,
and its statuses and error codes in our own terms (MessageStatus, ErrorKind)."""

import logging
import re
from urllib.parse import urlsplit, urlunsplit

from flask import Request, Response, current_app
from twilio.base.exceptions import TwilioRestException
from twilio.http import HttpClient
from twilio.http.http_client import TwilioHttpClient
from twilio.request_validator import RequestValidator
from twilio.rest import Client
from twilio.twiml.messaging_response import MessagingResponse

from app.inputs import database_integer
from app.messaging.providers.base import InboundText, SmsClient, SmsError, StatusReport
from app.models import ErrorKind, MessageStatus

log = logging.getLogger(__name__)

# Twilio's ids are two letters and 32 hex digits; the column holds 64, and PostgreSQL refuses anything longer.
SID = re.compile(r"[A-Za-z0-9]{1,64}")

# Twilio's message statuses, from its status callbacks; any other (e.g. "read") is ignored.
STATUSES = {
    "accepted": MessageStatus.SENDING,
    "queued": MessageStatus.SENDING,
    "sending": MessageStatus.SENDING,
    "sent": MessageStatus.SENT,
    "delivered": MessageStatus.DELIVERED,
    "undelivered": MessageStatus.FAILED,
    "failed": MessageStatus.FAILED,
}

# Twilio's error codes a member of staff may meet; any other is a refusal (ErrorKind.REJECTED).
ERRORS = {
    21610: ErrorKind.OPTED_OUT,  # the person texted STOP to our sender
    21211: ErrorKind.INVALID_NUMBER,
    30003: ErrorKind.UNREACHABLE,
    30005: ErrorKind.NO_SUCH_NUMBER,
    30006: ErrorKind.LANDLINE,
    30007: ErrorKind.BLOCKED,
    30008: ErrorKind.UNKNOWN,
}


def error_kind(code: int | None, http_status: int | None = None) -> ErrorKind:
    """Our kind of error for Twilio's code: rate limited (429) or a Twilio fault (5xx) is worth trying again."""
    if http_status is not None and (http_status == 429 or http_status >= 500):
        return ErrorKind.TEMPORARY
    return ERRORS.get(code, ErrorKind.REJECTED)


class LocalTwilioHttpClient(TwilioHttpClient):
    """For local fakes only (TWILIO_API_BASE_URL): Twilio's own HTTP client, with each request's scheme and host
    replaced by the fake's, so its path (/2010-04-01/Accounts/…/Messages.json), form and auth are as Twilio gets them."""

    def __init__(self, base_url: str):
        super().__init__()
        self.base = urlsplit(base_url)

    def request(self, method, url, *args, **kwargs):
        parts = urlsplit(url)
        local = urlunsplit((self.base.scheme, self.base.netloc, self.base.path.rstrip("/") + parts.path, parts.query, ""))
        return super().request(method, local, *args, **kwargs)


class TwilioSmsClient(SmsClient):
    """Twilio's Messages API, from a Messaging Service if one is set, otherwise from a number."""

    def __init__(
        self,
        account_sid: str,
        auth_token: str,
        messaging_service_sid: str = "",
        from_number: str = "",
        http_client: HttpClient | None = None,
    ):
        if not (messaging_service_sid or from_number):
            raise ValueError("Set TWILIO_MESSAGING_SERVICE_SID or TWILIO_FROM_NUMBER to send texts through Twilio.")
        self.client = Client(account_sid, auth_token, http_client=http_client)
        self.messaging_service_sid = messaging_service_sid
        self.from_number = from_number

    def send(self, to: str, body: str, status_callback: str | None = None) -> str:
        sender = (
            {"messaging_service_sid": self.messaging_service_sid}
            if self.messaging_service_sid
            else {"from_": self.from_number}
        )
        extra = {"status_callback": status_callback} if status_callback else {}
        try:
            message = self.client.messages.create(to=to, body=body, **sender, **extra)
        except TwilioRestException as error:
            raise SmsError(
                f"Twilio refused the message: HTTP {error.status}",
                error_kind(error.code, error.status),
                code=error.code,
                http_status=error.status,
            ) from error
        except OSError as error:  # requests' connection errors are OSErrors: nothing reached Twilio
            raise SmsError(f"Could not reach Twilio: {type(error).__name__}", ErrorKind.TEMPORARY) from error
        return message.sid


def client_from_config(config) -> TwilioSmsClient | None:
    """Twilio's client when its credentials are set, otherwise None."""
    if not (config.get("TWILIO_ACCOUNT_SID") and config.get("TWILIO_AUTH_TOKEN")):
        return None
    base_url = config.get("TWILIO_API_BASE_URL")
    return TwilioSmsClient(
        config["TWILIO_ACCOUNT_SID"],
        config["TWILIO_AUTH_TOKEN"],
        messaging_service_sid=config.get("TWILIO_MESSAGING_SERVICE_SID", ""),
        from_number=config.get("TWILIO_FROM_NUMBER", ""),
        http_client=config.get("TWILIO_HTTP_CLIENT") or (LocalTwilioHttpClient(base_url) if base_url else None),
    )


def request_is_signed(request: Request) -> bool:
    """Whether Twilio signed this webhook request for the address it called (behind a proxy, set
    SMS_WEBHOOK_BASE_URL or PUBLIC_BASE_URL); a refusal is logged without the request's contents."""
    token = current_app.config.get("TWILIO_AUTH_TOKEN")
    # Twilio signs the whole address it called, query included (a status callback names its text).
    url = current_app.config["SMS_WEBHOOK_BASE_URL"].rstrip("/") + request.full_path.rstrip("?")
    signature = request.headers.get("X-Twilio-Signature", "")
    if token and RequestValidator(token).validate(url, request.form.to_dict(), signature):
        return True
    log.warning("Refused a request to %s: its Twilio signature is missing or wrong", request.path)
    return False


def status_report(form) -> StatusReport | None:
    """A status callback in our terms; None when its status is not one we follow or its id is malformed."""
    status = STATUSES.get(form.get("MessageStatus", ""))
    sid = form.get("MessageSid", "")
    if status is None or not SID.fullmatch(sid):
        return None
    code = database_integer(form.get("ErrorCode"))
    return StatusReport(sid, status, error_kind(code) if code is not None else None, code)


def inbound_text(form) -> InboundText | None:
    """A text someone sent, as Twilio passed it on; None when its id is malformed."""
    sid = form.get("MessageSid", "")
    if not SID.fullmatch(sid):
        return None
    return InboundText(sid, form.get("From", ""), form.get("Body", ""))


def reply(text: str | None = None) -> Response:
    """Twilio's answer to a webhook: TwiML, with a text back to the sender when there is one."""
    response = MessagingResponse()
    if text:
        response.message(text)
    return Response(str(response), mimetype="text/xml")
