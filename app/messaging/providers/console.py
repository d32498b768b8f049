"""The development provider: texts go to the log, and the latest are kept for the SMS simulator page."""

import logging
from collections import deque
from itertools import count

from app.messaging.providers.base import SmsClient

log = logging.getLogger(__name__)


class ConsoleSmsClient(SmsClient):
    """Development: writes each text to the log and keeps the latest for the SMS simulator page."""

    def __init__(self, keep: int = 50):
        self.recent: deque[tuple[str, str, str]] = deque(maxlen=keep)
        self._ids = count(1)

    def send(self, to: str, body: str, status_callback: str | None = None) -> str:
        sid = f"CONSOLE{next(self._ids):06d}"
        self.recent.appendleft((sid, to, body))
        # Development only: the console client is never chosen when a provider is configured.
        log.warning("SMS to %s:\n%s", to, body)
        return sid
