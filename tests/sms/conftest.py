"""The SMS channel's fixtures: an app wired to a fake Twilio at the HTTP boundary, and a phone that signs its texts."""

import json
import logging
import os
import threading
import uuid
from collections import deque
from dataclasses import dataclass
from urllib.parse import urlsplit

import psycopg
import pytest
from twilio.http import HttpClient
from twilio.http.response import Response
from twilio.request_validator import RequestValidator

from tests.conftest import app_on_a_fresh_database, needs

ACCOUNT_SID = "AC" + "a1" * 16
AUTH_TOKEN = "test-twilio-auth-token"
SERVICE_SID = "MG" + "b2" * 16
MESSAGES_URL = f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"
BASE_URL = "https://ltm.example.org"
POSTGRES_ADMIN_URL = os.environ.get("POSTGRES_ADMIN_URL", "postgresql://postgres@127.0.0.1:5432/postgres")


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


@pytest.fixture
def twilio() -> FakeTwilio:
    return FakeTwilio()


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


@pytest.fixture
def app(tmp_path, twilio):
    with app_on_a_fresh_database(tmp_path, **twilio_config(twilio)) as app:
        yield app


@pytest.fixture
def postgres_url():
    """A PostgreSQL database for the tests of workers, whichever database the rest of the suite uses:
    TEST_DATABASE_URL's when it is PostgreSQL, otherwise one made and dropped here."""
    url = os.environ.get("TEST_DATABASE_URL", "")
    if url.startswith("postgresql"):
        yield url
        return
    name = f"ltm_sms_workers_{os.getpid()}"
    try:
        with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True, connect_timeout=3) as connection:
            connection.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            connection.execute(f"CREATE DATABASE {name}")
    except psycopg.OperationalError:
        needs("PostgreSQL", "workers are proved on PostgreSQL's row locks")
    yield POSTGRES_ADMIN_URL.replace("postgresql://", "postgresql+psycopg://").rsplit("/", 1)[0] + f"/{name}"
    with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def signed_post(client, path: str, params: dict, token: str = AUTH_TOKEN):
    """A webhook request as Twilio sends it: form-encoded, signed over the public URL and the parameters."""
    signature = RequestValidator(token).compute_signature(BASE_URL + path, params)
    return client.post(path, data=params, headers={"X-Twilio-Signature": signature})


class Phone:
    """A person's mobile: texts the service through the signed webhook and reads what the worker sent it."""

    def __init__(self, app, twilio: FakeTwilio, number: str):
        self.app, self.twilio, self.number = app, twilio, number
        self.client = app.test_client()
        self.read = 0

    def text(self, body: str, sid: str | None = None):
        params = {"MessageSid": sid or "SM" + uuid.uuid4().hex, "AccountSid": ACCOUNT_SID, "From": self.number,
                  "To": "+447700900000", "Body": body, "NumSegments": "1"}
        response = signed_post(self.client, "/sms/inbound", params)
        assert response.status_code == 200 and response.mimetype == "text/xml"
        return response

    def new_texts(self) -> list[str]:
        """Run the worker once, as cron or `make run` would, and return the texts that reached this phone since last asked."""
        result = self.app.test_cli_runner().invoke(args=["outbox", "worker", "--once"])
        assert result.exit_code == 0, result.output
        bodies = self.twilio.bodies_to(self.number)
        fresh, self.read = bodies[self.read:], len(bodies)
        return fresh

    def reply(self, body: str) -> list[str]:
        self.text(body)
        return self.new_texts()


def link_path(text: str) -> str:
    """The path of the link in a text."""
    url = next(word for word in text.split() if word.startswith(BASE_URL))
    return urlsplit(url).path
