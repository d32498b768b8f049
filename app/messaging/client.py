"""SMS providers behind one interface: Twilio in production, the console in development."""

import logging
from collections import deque
from itertools import count
from urllib.parse import urlsplit, urlunsplit

from flask import current_app
from twilio.base.exceptions import TwilioRestException
from twilio.http import HttpClient
from twilio.http.http_client import TwilioHttpClient
from twilio.rest import Client

log = logging.getLogger(__name__)

# Twilio error codes that mean "never try this message again".
OPTED_OUT = 21610  # the person texted STOP to our sender
INVALID_NUMBER = 21211


class SmsError(Exception):
    """A text was not accepted by the provider."""

    retryable = False

    def __init__(self, message: str, code: int | None = None, http_status: int | None = None):
        super().__init__(message)
        self.code = code
        self.http_status = http_status


class RetryableSmsError(SmsError):
    """Worth trying again later: rate limited (429), a provider fault (5xx), or no connection."""

    retryable = True


class PermanentSmsError(SmsError):
    """Never worth trying again: opted out (21610), an invalid number (21211), any other 4xx."""


class SmsClient:
    """Sends one text and returns the provider's id for it, or raises an SmsError."""

    def send(self, to: str, body: str, status_callback: str | None = None) -> str:
        raise NotImplementedError


class ConsoleSmsClient(SmsClient):
    """Development: writes each text to the log and keeps the latest for the SMS simulator page."""

    def __init__(self, keep: int = 50):
        self.recent: deque[tuple[str, str, str]] = deque(maxlen=keep)
        self._ids = count(1)

    def send(self, to: str, body: str, status_callback: str | None = None) -> str:
        sid = f"CONSOLE{next(self._ids):06d}"
        self.recent.appendleft((sid, to, body))
        # Development only: the console client is never chosen when Twilio is configured.
        log.warning("SMS to %s:\n%s", to, body)
        return sid


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
            kind = RetryableSmsError if error.status == 429 or error.status >= 500 else PermanentSmsError
            raise kind(f"Twilio refused the message: HTTP {error.status}", code=error.code, http_status=error.status) from error
        except OSError as error:  # requests' connection errors are OSErrors: nothing reached Twilio
            raise RetryableSmsError(f"Could not reach Twilio: {type(error).__name__}") from error
        return message.sid


def from_config(config) -> SmsClient:
    """Twilio when its credentials are set, otherwise the console."""
    if config.get("TWILIO_ACCOUNT_SID") and config.get("TWILIO_AUTH_TOKEN"):
        return TwilioSmsClient(
            config["TWILIO_ACCOUNT_SID"],
            config["TWILIO_AUTH_TOKEN"],
            messaging_service_sid=config.get("TWILIO_MESSAGING_SERVICE_SID", ""),
            from_number=config.get("TWILIO_FROM_NUMBER", ""),
            http_client=config.get("TWILIO_HTTP_CLIENT") or _local_http_client(config),
        )
    return ConsoleSmsClient()


def _local_http_client(config) -> HttpClient | None:
    base_url = config.get("TWILIO_API_BASE_URL")
    return LocalTwilioHttpClient(base_url) if base_url else None


def current_client() -> SmsClient:
    return current_app.extensions["sms_client"]
