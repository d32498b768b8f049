"""What every text provider gives the app, in our own terms: a client that sends, and the news it brings back."""

from dataclasses import dataclass

from app.models import ErrorKind, MessageStatus


class SmsError(Exception):
    """A text was not accepted by the provider: why, in our terms, with the provider's own code kept for diagnosis."""

    def __init__(self, message: str, kind: ErrorKind, code: int | None = None, http_status: int | None = None):
        super().__init__(message)
        self.kind = kind
        self.code = code
        self.http_status = http_status

    @property
    def retryable(self) -> bool:
        """Worth trying again later (the provider was busy, at fault or out of reach); anything else never is."""
        return self.kind is ErrorKind.TEMPORARY


class SmsClient:
    """Sends one text and returns the provider's id for it, or raises an SmsError."""

    def send(self, to: str, body: str, status_callback: str | None = None) -> str:
        raise NotImplementedError


@dataclass(frozen=True)
class StatusReport:
    """A provider's news of a text we sent."""

    provider_id: str
    status: MessageStatus
    error_kind: ErrorKind | None = None
    error_code: int | None = None  # the provider's own, for diagnosis


@dataclass(frozen=True)
class InboundText:
    """A text someone sent us, as the provider passed it on."""

    provider_id: str
    sender: str  # the number as the provider gives it, not yet parsed
    body: str
