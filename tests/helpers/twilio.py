"""Twilio's REST API faked at its own HTTP client interface, and the settings that point the app at it."""

import json
import logging
import threading
import uuid
from collections import deque
from dataclasses import dataclass

from twilio.http import HttpClient
from twilio.http.response import Response

ACCOUNT_SID = "AC" + "a1" * 16


AUTH_TOKEN = "test-twilio-auth-token"


SERVICE_SID = "MG" + "b2" * 16


MESSAGES_URL = f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"


BASE_URL = "https://ltm.example.org"


@dataclass
class SentRequest:
    method: str
    url: str
    data: dict
    auth: tuple


class FakeTwilio(HttpClient):
    """Twilio's REST API as seen through its own HTTP client interface: records requests, answers as Twilio does."""

    def __init__(self):
        super().__init__(logger=logging.getLogger("fake-twilio"), is_async=False)
        self.requests: list[SentRequest] = []
        self.answers: deque[tuple[int, dict]] = deque()
        self.lock = threading.Lock()

    def answer_next(self, status: int, code: int | None = None) -> None:
        """The next request gets this error status (and Twilio error code) instead of success."""
        self.answers.append((status, {"code": code, "message": "error", "more_info": "", "status": status}))

    def request(self, method, uri, params=None, data=None, headers=None, auth=None, timeout=None, allow_redirects=False):
        with self.lock:
            self.requests.append(SentRequest(method, uri, dict(data or {}), auth))
            status, payload = self.answers.popleft() if self.answers else (201, None)
        if payload is None:
            payload = {"sid": "SM" + uuid.uuid4().hex, "status": "queued", "to": data.get("To"), "body": data.get("Body")}
        return Response(status, json.dumps(payload))

    def bodies_to(self, number: str) -> list[str]:
        return [r.data["Body"] for r in self.requests if r.data.get("To") == number]


def twilio_config(twilio: FakeTwilio) -> dict:
    return {
        "TWILIO_ACCOUNT_SID": ACCOUNT_SID,
        "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
        "TWILIO_MESSAGING_SERVICE_SID": SERVICE_SID,
        "TWILIO_HTTP_CLIENT": twilio,
        "PUBLIC_BASE_URL": BASE_URL,
        "SMS_WEBHOOK_BASE_URL": BASE_URL,
        "OUTBOX_RETRY_SECONDS": 0,
    }
