"""`make serve` as production runs it, on a fresh PostgreSQL database and Redis: the scheduler invites a child, the
outbox worker texts the link, the child answers over HTTP and their IRO is told; processes killed are started again,
and stopping `make serve` leaves nothing running. Slow (about a minute): it starts the whole stack."""

import os
import re
import signal
import socket
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import psycopg
import pytest
from dateutil.relativedelta import relativedelta
from sqlalchemy import select

from app import create_app
from app.caseload.listing import caseload
from app.extensions import db
from app.models import MessageStatus, OutboundSms, StaffMember
from tests.conftest import needs
from tests.helpers.journeys import ANSWERS
from tests.helpers.mail import Collect, emails_to, free_port
from tests.helpers.production import council_settings, production_secrets
from tests.helpers.served import HttpBrowser, children, command_line, descendants, healthy, processes_running, running
from tests.postgres import ADMIN_URL

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
DATABASE = "listen_to_me_serve"
PUBLIC = "https://listen.example.test"
IRO = "amara.iro@example.org"


@pytest.fixture
def database_url():
    try:
        with psycopg.connect(ADMIN_URL, autocommit=True, connect_timeout=3) as connection:
            connection.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
            connection.execute(f"CREATE DATABASE {DATABASE}")
    except psycopg.OperationalError:
        needs("PostgreSQL", "make serve runs on PostgreSQL")
    yield ADMIN_URL.replace("postgresql://", "postgresql+psycopg://").rsplit("/", 1)[0] + f"/{DATABASE}"
    with psycopg.connect(ADMIN_URL, autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")


@pytest.fixture
def redis_url():
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=3).close()
    except OSError:
        needs("Redis", "make serve counts guesses in Redis")
    return "redis://127.0.0.1:6379/13"


@pytest.fixture
def smtp():
    from aiosmtpd.controller import Controller

    handler, port = Collect(), free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    handler.port = port
    yield handler
    controller.stop()


def production_environment(database_url: str, redis_url: str, smtp_port: int, port: int) -> dict[str, str]:
    """Only what a server would be given: no FLASK_CONFIG (so production), strong keys made now, no Twilio (texts go
    to the log), a mail server on this machine, and the invitations job every 3 seconds instead of daily."""
    return {
        "PATH": os.environ["PATH"],
        "HOME": os.environ.get("HOME", "/tmp"),
        "LANG": "C.UTF-8",
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        **production_secrets(),
        "PUBLIC_BASE_URL": PUBLIC,
        **council_settings("Testshire Council"),
        "MAIL_SERVER": "127.0.0.1",
        "MAIL_PORT": str(smtp_port),
        "MAIL_USE_TLS": "0",
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "WEB_CONCURRENCY": "2",
        "SCHEDULE_INVITATIONS_SEND_DUE": "*/3 * * * * *",
    }


def wait_for(what: str, check, seconds: float = 60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if found := check():
            return found
        time.sleep(0.5)
    raise AssertionError(f"waited {seconds} s for {what}")


def sent_invitation_link(environment: dict, database_url: str):
    """The link in a text the outbox worker has sent, read from the database with the server's keys."""
    app = create_app("test", SQLALCHEMY_DATABASE_URI=database_url, ENCRYPTION_KEY=environment["ENCRYPTION_KEY"],
                     PHONE_LOOKUP_KEY=environment["PHONE_LOOKUP_KEY"])
    with app.app_context():
        bodies = db.session.scalars(select(OutboundSms.body).where(
            OutboundSms.status.in_((MessageStatus.SENDING, MessageStatus.SENT, MessageStatus.DELIVERED)))).all()
        db.engine.dispose()
    return next((found for body in bodies if (found := re.search(re.escape(PUBLIC) + r"(/c/[\w-]+)", body))), None)


def flask(environment: dict, *args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "flask", "--app", "wsgi", *args], cwd=ROOT, env=environment,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def import_a_child(environment: dict, folder: Path) -> None:
    """An IRO, a child of 9 with a mobile, and their review next week, as the council's files bring them."""
    today = date.today()
    files = {
        "staff": f"email,name,role\n{IRO},Amara Okafor,iro\n",
        "children": "child_ref,first_name,last_name,date_of_birth,looked_after_since,iro_email,mobile,language\n"
                    f"S0001,Sam,Lee,{today - relativedelta(years=9, months=2)},{today - relativedelta(years=1)},"
                    f"{IRO},07911 123456,en\n",
        "reviews": f"child_ref,due_date,held_on,participation_code\nS0001,{today + timedelta(days=7)},,\n",
    }
    for kind, text in files.items():
        (folder / f"{kind}.csv").write_text(text)
        flask(environment, "import", kind, str(folder / f"{kind}.csv"))


def test_make_serve_runs_the_whole_service_and_stops_it(tmp_path, database_url, redis_url, smtp):
    port = free_port()
    environment = production_environment(database_url, redis_url, smtp.port, port)
    log = tmp_path / "serve.log"
    with log.open("w") as output:
        make = subprocess.Popen(["make", "serve"], cwd=ROOT, env=environment, stdout=output, stderr=subprocess.STDOUT,
                                start_new_session=True)
    seen: set[int] = set()
    try:
        wait_for("/healthz", lambda: healthy(port) or make.poll() is not None, seconds=180)
        assert make.poll() is None, log.read_text()[-3000:]
        seen |= descendants(make.pid)
        assert "Running upgrade" in log.read_text()  # migrated before anything started

        # The scheduler's invitations job finds the review a week away and invites the child; the outbox worker
        # sends the text (to the log, as there is no Twilio, with its link masked), and the child opens the link in it.
        import_a_child(environment, tmp_path)
        link = wait_for("the invitation text", lambda: sent_invitation_link(environment, database_url))
        token_path = link.group(1)
        assert "SMS to" in log.read_text() and token_path not in log.read_text()
        wait_for("the job's log", lambda: "Job invitations-send-due: Consultations sent by text: 1" in log.read_text())

        child = HttpBrowser(port)
        child.get(token_path)
        child.follow("Start now")
        for question_id, value in ANSWERS.items():
            assert child.path == f"/consultation/{question_id}", child.path
            child.submit({"answer": value} if value else {})
        assert child.h1 == "Check your answers"
        child.submit()
        assert child.h1 == "Your answers have been sent"

        # The IRO is emailed by the outbox worker, and sees the child at the top of their caseload with new views.
        wait_for("the IRO's email", lambda: [m for m in emails_to(smtp, IRO) if "/staff/children/" in m.get_content()])
        app = create_app("test", SQLALCHEMY_DATABASE_URI=database_url, ENCRYPTION_KEY=environment["ENCRYPTION_KEY"],
                         PHONE_LOOKUP_KEY=environment["PHONE_LOOKUP_KEY"])
        with app.app_context():
            iro = db.session.scalar(select(StaffMember).where(StaffMember.email == IRO))
            [row] = caseload(iro, date.today()).rows
            assert (row.child.reference, row.unread) == ("S0001", 1)
            db.engine.dispose()

        # The access log went through the app's log privacy: it shows the link's page, never its token.
        written = log.read_text()
        assert '"GET /c/[hidden] HTTP/1.1"' in written
        assert f'"GET {token_path} ' not in written

        # A process that dies is started again: a gunicorn worker (by gunicorn), the outbox worker and gunicorn
        # itself (by supervisord).
        supervisord = next(pid for pid in descendants(make.pid) if "supervisord" in command_line(pid))
        [gunicorn] = {pid for pid in children(supervisord) if "gunicorn" in command_line(pid)}
        [worker, *_] = children(gunicorn)
        os.kill(worker, signal.SIGKILL)
        wait_for("a new gunicorn worker", lambda: len(children(gunicorn) - {worker}) == 2)

        [outbox] = processes_running(supervisord, "outbox worker")
        os.kill(outbox, signal.SIGKILL)
        wait_for("a new outbox worker", lambda: processes_running(supervisord, "outbox worker") - {outbox})

        seen |= descendants(make.pid)
        os.kill(gunicorn, signal.SIGKILL)
        wait_for("gunicorn started again", lambda: {pid for pid in children(supervisord) if "gunicorn" in command_line(pid)} - {gunicorn})
        wait_for("/healthz again", lambda: healthy(port))
        seen |= descendants(make.pid)
        assert "Job invitations-send-due finished" in log.read_text()

        # Stopping make serve stops every process it started.
        os.kill(make.pid, signal.SIGTERM)
        make.wait(timeout=60)
        wait_for("every process to stop", lambda: not running(seen), seconds=30)
    finally:
        if make.poll() is None:
            os.killpg(make.pid, signal.SIGKILL)
        for pid in running(seen):
            os.kill(pid, signal.SIGKILL)

