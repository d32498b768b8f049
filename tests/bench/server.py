"""The app served as in production (gunicorn on 127.0.0.1) on a small database of its own, and raw requests to it."""

import http.client
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass
from http.cookies import SimpleCookie

import psycopg
from flask_migrate import upgrade

from app import create_app
from app.extensions import db
from app.invitations.sending import invite
from app.models import Channel, Respondent, Role
from tests.factories import create_child, create_invitation, create_staff
from tests.helpers.photos import camera_like_photo
from tests.helpers.production import council_settings, production_secrets
from tests.postgres import ADMIN_URL

SERVICE_DATABASE = "listen_to_me_bench_service"
PUBLIC_BASE_URL = "https://bench.example.org"  # what people and Twilio would call, and what Twilio signs over
# Each version of the children's consultation, and an age it is for.
VERSIONS = {"child_4_7": 6, "child_8_11": 9, "child_12_15": 13, "young_person_16_18": 17}
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def workers_for_this_machine() -> int:
    """gunicorn's own advice for its pre-fork workers: two for each core, and one more."""
    return 2 * (os.cpu_count() or 1) + 1


def fresh_service_database() -> str:
    """The served part's own small database, dropped and made again, so the big one's children stay as seeded."""
    with psycopg.connect(ADMIN_URL, autocommit=True, connect_timeout=3) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {SERVICE_DATABASE} WITH (FORCE)")
        connection.execute(f"CREATE DATABASE {SERVICE_DATABASE}")
    return ADMIN_URL.replace("postgresql://", "postgresql+psycopg://").rsplit("/", 1)[0] + f"/{SERVICE_DATABASE}"


def production_settings(database: str) -> dict:
    """The environment of a production server: strong secrets made for this run, and Twilio's auth token set,
    so every webhook request has its signature checked."""
    return {
        "FLASK_CONFIG": "production",
        "DATABASE_URL": database,
        **production_secrets(),
        "PUBLIC_BASE_URL": PUBLIC_BASE_URL,
        "SMS_WEBHOOK_BASE_URL": PUBLIC_BASE_URL,
        "TWILIO_ACCOUNT_SID": "AC" + secrets.token_hex(16),
        "TWILIO_AUTH_TOKEN": secrets.token_hex(16),
        "TWILIO_MESSAGING_SERVICE_SID": "MG" + secrets.token_hex(16),
        "TWILIO_FROM_NUMBER": "",
        **council_settings("Bench Council"),
        "REDIS_URL": "",
        "TRUSTED_PROXY_COUNT": "0",
    }


def app_beside(settings: dict):
    """The app in this process, on the server's database and with its keys: for seeding, and counting queries."""
    return create_app("test", SQLALCHEMY_DATABASE_URI=settings["DATABASE_URL"], SECRET_KEY=settings["SECRET_KEY"],
                      ENCRYPTION_KEY=settings["ENCRYPTION_KEY"], PHONE_LOOKUP_KEY=settings["PHONE_LOOKUP_KEY"],
                      PUBLIC_BASE_URL=PUBLIC_BASE_URL,
                      COUNCIL_NAME=settings["COUNCIL_NAME"])


def phone_numbers(phones: int) -> list[str]:
    return [f"+4479111{n:05d}" for n in range(1, phones + 1)]


def seed_service(app, links_per_version: int, phones: int) -> dict[str, list[str]]:
    """An IRO with children of every age: `links_per_version` web links to each version of the consultation
    (returned, by version), and a child for each phone number, invited by text as staff do it."""
    links: dict[str, list[str]] = {}
    with app.app_context():
        upgrade()
        iro = create_staff(Role.IRO, name="Bench Iro")
        iro.photo = camera_like_photo()  # on every page a child sees
        for version, age in VERSIONS.items():
            links[version] = [create_invitation(create_child(iro, age=age), version) for _ in range(links_per_version)]
        for n, number in enumerate(phone_numbers(phones)):
            invite(create_child(iro, age=list(VERSIONS.values())[n % len(VERSIONS)]), Respondent.CHILD, Channel.SMS,
                   address=number)
            db.session.commit()
        db.engine.dispose()
    return links


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Response:
    status: int
    headers: http.client.HTTPMessage
    body: bytes  # as it came over the wire: still compressed when the server compressed it

    @property
    def transferred(self) -> int:
        """Bytes of the body on the wire: its Content-Length, or what came when the server sent none."""
        length = self.headers.get("Content-Length")
        return int(length) if length is not None else len(self.body)

    def cookies(self) -> dict[str, str]:
        jar = SimpleCookie()
        for header in self.headers.get_all("Set-Cookie") or []:
            jar.load(header)
        return {name: morsel.value for name, morsel in jar.items()}


def fetch(port: int, method: str, path: str, body: str | None = None, headers: dict | None = None) -> Response:
    """One request on a new connection, the body left as sent (http.client never decompresses)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return Response(response.status, response.headers, response.read())
    finally:
        connection.close()


@contextmanager
def production_server(settings: dict, workers: int):
    """The app as production serves it: gunicorn's pre-fork workers on 127.0.0.1, stopped on the way out."""
    port = free_port()
    log = tempfile.NamedTemporaryFile("w+", prefix="bench-server-", suffix=".log", delete=False)
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--bind", f"127.0.0.1:{port}", "--workers", str(workers),
         "--chdir", REPO, "wsgi:app"],
        env={**os.environ, **settings}, stdout=log, stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            if server.poll() is not None or time.monotonic() > deadline:
                log.seek(0)
                raise RuntimeError(f"the server did not start:\n{log.read()[-3000:]}")
            try:
                if fetch(port, "GET", "/healthz").status == 200:
                    break
            except OSError:
                time.sleep(0.1)
        yield port
    finally:
        server.terminate()  # gunicorn's master stops its workers gracefully on SIGTERM
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()
        os.unlink(log.name)
