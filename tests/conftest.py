"""Fixtures: an app on a fresh database, a browser-like client, staff sign-in, a fake Twilio, a real local SMTP server
and a PostgreSQL database for the workers' tests."""

import os
import threading
from contextlib import contextmanager

# `make test` runs the suite in one process per core (pytest-xdist), and every test empties TEST_DATABASE_URL's
# database: on PostgreSQL each process gets its own, named for it, chosen here before the app's settings read it.
if os.environ.get("PYTEST_XDIST_WORKER") and os.environ.get("TEST_DATABASE_URL", "").startswith("postgresql"):
    os.environ["TEST_DATABASE_URL"] += f"_{os.environ['PYTEST_XDIST_WORKER']}"

import psycopg
import pytest
from bs4 import BeautifulSoup
from flask.globals import _cv_app
from flask.testing import FlaskClient
from jinja2 import FileSystemBytecodeCache

from app import create_app
from app.extensions import db
from tests.helpers.mail import Collect, free_port
from tests.helpers.twilio import FakeTwilio
from tests.network_guard import no_real_network  # noqa: F401  (autouse: no test reaches the internet)

# Each test has its own app, so its own Jinja environment; they share templates compiled once, kept by checksum.
COMPILED_TEMPLATES = FileSystemBytecodeCache()
POSTGRES_ADMIN_URL = os.environ.get("POSTGRES_ADMIN_URL", "postgresql://postgres@127.0.0.1:5432/postgres")


def needs(service: str, reason: str):
    """Skip for a missing service on a developer's machine; in CI a missing service is a failure."""
    if os.environ.get("CI"):
        pytest.fail(f"{service} is required when CI is set: {reason}")
    pytest.skip(f"{service} is not available (required only when CI is set): {reason}")


def at_once(app, work, times: int = 2) -> list:
    """Run `work()` in `times` threads released together, each in its own app context (so its own session and
    connection, as separate processes would have); returns what each returned, and fails on any error."""
    start = threading.Barrier(times)
    results, failures = [], []

    def run():
        with app.app_context():
            try:
                start.wait()
                results.append(work())
            except Exception as error:  # pragma: no cover - reported below
                failures.append(error)

    threads = [threading.Thread(target=run) for _ in range(times)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert failures == []
    return results


class IsolatedClient(FlaskClient):
    """Each request gets its own app context (and so its own database session and `g`), as in production,
    even though the test itself holds one open for its factories."""

    def open(self, *args, **kwargs):
        outer = _cv_app.set(None)
        try:
            return super().open(*args, **kwargs)
        finally:
            _cv_app.reset(outer)


@pytest.fixture(scope="session", autouse=True)
def a_database_for_each_worker():
    """This process's own PostgreSQL database, when `make test` runs the suite in several (see the top of this file)."""
    if not os.environ.get("PYTEST_XDIST_WORKER") or not os.environ.get("TEST_DATABASE_URL", "").startswith("postgresql"):
        yield
        return
    name = os.environ["TEST_DATABASE_URL"].rsplit("/", 1)[1]
    with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        connection.execute(f"CREATE DATABASE {name}")
    yield
    with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@contextmanager
def app_on_a_fresh_database(tmp_path, **overrides):
    """The test app on an empty schema: its own SQLite file, or TEST_DATABASE_URL's PostgreSQL database."""
    if not os.environ.get("TEST_DATABASE_URL"):
        overrides.setdefault("SQLALCHEMY_DATABASE_URI", f"sqlite:///{tmp_path}/test.sqlite")
    app = create_app("test", **overrides)
    app.test_client_class = IsolatedClient
    app.jinja_env.bytecode_cache = COMPILED_TEMPLATES
    with app.app_context():
        db.drop_all()
        db.create_all()
        yield app
        db.session.remove()
        db.drop_all()
        db.engine.dispose()  # close this app's connections now, not when it is collected: PostgreSQL has a limit


@pytest.fixture
def app(tmp_path):
    with app_on_a_fresh_database(tmp_path) as app:
        yield app


class Browser:
    """Reads pages as a person would: parses the HTML, follows links, submits forms."""

    def __init__(self, client: FlaskClient):
        self.client = client
        self.response = None
        self.page: BeautifulSoup | None = None

    def get(self, url: str, status: int = 200, follow: bool = True) -> BeautifulSoup:
        self.response = self.client.get(url, follow_redirects=follow)
        return self._read(status)

    def _read(self, status: int) -> BeautifulSoup:
        assert self.response.status_code == status, (self.response.status_code, self.response.data[:2000])
        self.page = BeautifulSoup(self.response.data, "html.parser")
        self.page.original_html = self.response.data
        if self.response.mimetype == "text/html":
            assert self.page.title and self.page.title.string.strip(), "every page has a title"
            ids = [tag["id"] for tag in self.page.find_all(id=True)]
            assert len(ids) == len(set(ids)), f"duplicate ids: {ids}"
            assert len(self.page.find_all("h1")) == 1, "every page has one h1"
        return self.page

    def follow(self, link_text: str, status: int = 200) -> BeautifulSoup:
        link = next((a for a in self.page.find_all("a", href=True) if link_text in " ".join(a.get_text().split())), None)
        assert link is not None, f"no link {link_text!r} on the page"
        return self.get(link["href"], status)

    def submit(self, data: dict | None = None, status: int = 200, form_index: int = 0, csrf: bool = True) -> BeautifulSoup:
        """Fill in and send a form on the current page, as its own fields and CSRF token would be sent."""
        form = self.page.find_all("form")[form_index]
        # Hidden fields go with the form, as a browser sends them; the CSRF token too unless told not to.
        fields = {i["name"]: i.get("value", "") for i in form.find_all("input", attrs={"type": "hidden", "name": True})}
        if not csrf:
            fields.pop("csrf_token", None)
        fields.update(data or {})
        action = form.get("action") or self.response.request.url
        if form.get("method", "get").lower() == "get":
            self.response = self.client.get(action, query_string=fields, follow_redirects=True)
        else:
            self.response = self.client.post(action, data=fields, follow_redirects=True)
        return self._read(status)

    @property
    def h1(self) -> str:
        return " ".join(self.page.h1.get_text().split())

    def text(self) -> str:
        return " ".join(self.page.get_text(" ").split())

    def errors(self) -> list[str]:
        summary = self.page.select(".govuk-error-summary__list a")
        return [" ".join(a.get_text().split()) for a in summary]


@pytest.fixture
def browser(app) -> Browser:
    return Browser(app.test_client())


@pytest.fixture
def new_browser(app):
    """Another person's browser, or the same person on a new device."""
    return lambda: Browser(app.test_client())


def sign_in(browser: Browser, member, password: str = "correct horse battery staple") -> None:
    """Sign in as a person does: email and password, then the code their authenticator app shows."""
    from tests.factories import totp_code

    browser.get("/staff/sign-in")
    browser.submit({"email": member.email, "password": password})
    assert browser.h1 == "Enter your code", browser.text()[:500]
    browser.submit({"code": totp_code(member)})


@pytest.fixture
def twilio() -> FakeTwilio:
    return FakeTwilio()


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


@pytest.fixture
def smtp_server(app):
    """A real SMTP server on this machine, which the app is pointed at."""
    try:
        from aiosmtpd.controller import Controller
    except ImportError:  # pragma: no cover
        needs("aiosmtpd", "pip install -e .[test]")
    handler = Collect()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=port, MAIL_USE_TLS=False, MAIL_FROM="iro-service@example.org")
    yield handler
    controller.stop()
    app.config["MAIL_SERVER"] = ""
