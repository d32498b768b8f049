"""The caseload at 100,000 children on PostgreSQL: seeds them once, then times the pages staff use most;
then texts coming in through the signed webhook, sent by ten phones at once to the app served as in production.

`make bench`, or `.venv/bin/python -m tests.bench [--fresh] [--runs 20] [--only pages|webhook]`. The database is
`listen_to_me_bench` (never the test suite's); a second run reuses it when it already holds every child. The
webhook part has a small database of its own, `listen_to_me_bench_sms`, made afresh each run.
Not a test: it prints figures for people to read, and pytest does not collect it.
"""

import argparse
import hashlib
import http.client
import json
import math
import os
import random
import re
import resource
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from urllib.parse import urlencode

import psycopg
from cryptography.fernet import Fernet
from dateutil.relativedelta import relativedelta
from flask_migrate import upgrade
from sqlalchemy import event, func, insert, select, text
from twilio.request_validator import RequestValidator

from app import create_app
from app.auth.passwords import hash_password
from app.caseload import figures as caseload_figures
from app.extensions import db
from app.invitations.sending import invite
from app.models import (
    Allocation,
    Answer,
    Channel,
    Child,
    Invitation,
    InvitationStatus,
    ParticipationCode,
    Respondent,
    Review,
    Role,
    StaffMember,
    Submission,
    SubmissionState,
)
from app.definitions.questionnaire import Kind
from app.questionnaires.registry import QUESTIONNAIRES
from app.reports.periods import last_financial_year
from tests.factories import TOTP_SECRET, create_child, create_staff, totp_code
from tests.postgres import ADMIN_URL

DATABASE = "listen_to_me_bench"
CHILDREN = 100_000
CHILDREN_PER_IRO = 70
BATCH = 5_000
PASSWORD = "bench password"
SLOW_MS = 300  # a main query slower than this wants looking into
FIRST_NAMES = (
    "Amara", "Ben", "Chloe", "Dylan", "Ella", "Finn", "Grace", "Harvey", "Isla", "Jack", "Kai", "Leah", "Mason",
    "Nia", "Oscar", "Priya", "Quinn", "Ruby", "Sami", "Tia", "Umar", "Violet", "Wren", "Yusuf", "Zara", "Alfie",
    "Bea", "Callum", "Daisy", "Eli",
)
LAST_NAMES = (
    "Okafor", "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Wright",
    "Khan", "Evans", "Thomas", "Roberts", "Walker", "Hughes", "Green", "Hall", "Lewis", "Clarke", "Jackson",
    "Wood", "Turner", "Hill", "Moore", "Cooper", "Ward", "Morris", "King", "Baker", "Harris", "Young", "Allen",
    "Mitchell", "Campbell", "Kelly", "Bell", "Murphy", "Adams", "Nowak", "Ali", "Begum", "Hussain", "Shah",
    "Ahmed", "Mensah", "Osei", "Byrne", "Reid", "Fraser", "Doyle", "Quinn", "Lynch", "Price", "Bennett",
    "Griffiths", "Lloyd", "Owen", "Morgan",
)
# Roughly a council's spread of participation codes (PN1, the child speaking for themselves, most often).
CODE_WEIGHTS = {"PN0": 3, "PN1": 50, "PN2": 10, "PN3": 15, "PN4": 8, "PN5": 5, "PN6": 4, "PN7": 5}
SEARCH = "okafor"


def database_url() -> str | None:
    """Create the bench database if it is missing; None if PostgreSQL cannot be reached."""
    try:
        with psycopg.connect(ADMIN_URL, autocommit=True, connect_timeout=3) as connection:
            if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", (DATABASE,)).fetchone():
                connection.execute(f"CREATE DATABASE {DATABASE}")
    except psycopg.OperationalError:
        return None
    return ADMIN_URL.replace("postgresql://", "postgresql+psycopg://").rsplit("/", 1)[0] + f"/{DATABASE}"


def postgres_reachable() -> bool:
    try:
        psycopg.connect(ADMIN_URL, connect_timeout=3).close()
    except psycopg.OperationalError:
        return False
    return True


def drop_database() -> None:
    with psycopg.connect(ADMIN_URL, autocommit=True, connect_timeout=3) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")


def children_in_database() -> int:
    return db.session.scalar(select(func.count(Child.id)))


# Seeding ---------------------------------------------------------------------------------------------------


def _answers_for(questionnaire_id: str, rng: random.Random) -> dict:
    """A few plausible answers: the first questions that take one word, and a sentence for a text question."""
    answers = {}
    for question in QUESTIONNAIRES[questionnaire_id].questions:
        if question.kind in (Kind.EMOJI, Kind.CHOICE, Kind.YES_NO) and question.options and len(answers) < 5:
            answers[question.id] = rng.choice(question.options).value
        elif question.kind is Kind.TEXT and not any(isinstance(v, str) and " " in v for v in answers.values()):
            answers[question.id] = "I would like to see my brother more often."
    return answers


def _consultation_for(age: int) -> str:
    if age < 8:
        return "child_4_7"
    if age < 12:
        return "child_8_11"
    if age < 16:
        return "child_12_15"
    return "young_person_16_18"


class Seeder:
    """Writes every row with SQLAlchemy Core in batches, with ids chosen here so no row has to be read back."""

    def __init__(self, connection, today: date, children: int):
        self.connection = connection
        self.children = children
        self.today = today
        self.now = datetime.combine(today, clock(10), tzinfo=UTC)
        self.rng = random.Random(6)  # the same database every time
        self.pending: dict = {}
        self.next_id: dict = {}
        self.rows = 0

    def add(self, model, **values) -> int:
        table = model.__table__
        values["id"] = self.next_id[table] = self.next_id.get(table, 0) + 1
        batch = self.pending.setdefault(table, [])
        batch.append(values)
        if len(batch) >= BATCH:
            self.flush()
        return values["id"]

    def flush(self) -> None:
        # Every table at once, parents before children, so foreign keys hold at every batch.
        for each in db.metadata.sorted_tables:
            if self.pending.get(each):
                self.connection.execute(insert(each), self.pending[each])
                self.rows += len(self.pending[each])
                self.pending[each] = []

    def seed(self) -> None:
        rng, today = self.rng, self.today
        password_hash = hash_password(PASSWORD)
        self.add(StaffMember, email="manager@bench.example.org", name="Morgan Manager", role=Role.MANAGER,
                 password_hash=password_hash, active=True, introduction="")
        iros = [
            self.add(StaffMember, email=f"iro{n}@bench.example.org", name=f"{rng.choice(FIRST_NAMES)} Iro{n}",
                     role=Role.IRO, password_hash=password_hash, active=True, introduction="")
            for n in range(1, math.ceil(self.children / CHILDREN_PER_IRO) + 1)
        ]
        self.flush()
        codes, weights = list(CODE_WEIGHTS), list(CODE_WEIGHTS.values())
        for number in range(1, self.children + 1):
            born = today - timedelta(days=rng.randint(365, 18 * 365 - 30))
            age = relativedelta(today, born).years
            since = max(born, today - timedelta(days=rng.randint(400, 3000)))
            child = self.add(Child, reference=f"B{number:06d}", first_name=rng.choice(FIRST_NAMES),
                             last_name=rng.choice(LAST_NAMES), date_of_birth=born, looked_after_since=since,
                             preferred_language="en", questionnaire_choice=None)
            iro = iros[(number - 1) % len(iros)]
            if rng.random() < 0.1:  # an earlier IRO, so the child page has some allocation history
                moved = today - timedelta(days=rng.randint(30, 300))
                self.add(Allocation, child_id=child, iro_id=rng.choice(iros), starts_on=since, ends_on=moved)
                since = moved
            self.add(Allocation, child_id=child, iro_id=iro, starts_on=since, ends_on=None)

            # Two reviews held about six months apart, and the next one due in the coming weeks (a few overdue).
            next_due = today + timedelta(days=rng.randint(-10, 60))
            held_reviews = []
            for months_before in (12, 6):
                due = next_due - relativedelta(months=months_before)
                held = due + timedelta(days=rng.randint(1, 20) if rng.random() < 0.08 else -rng.randint(0, 5))
                held_reviews.append(
                    (self.add(Review, child_id=child, due_on=due, held_on=held,
                              participation_code=ParticipationCode(rng.choices(codes, weights)[0]),
                              parents_attended=rng.random() < 0.4, carers_attended=rng.random() < 0.7,
                              reply_to_child=None, replied_at=None), held)
                )
            upcoming = self.add(Review, child_id=child, due_on=next_due, held_on=None, participation_code=None,
                                parents_attended=False, carers_attended=False, reply_to_child=None, replied_at=None)

            consultation = _consultation_for(age)
            draw = rng.random()
            if draw < 0.4:  # invited for the next review; half of them have answered
                self.invitation(child, upcoming, consultation, Respondent.CHILD, next_due, submitted=draw < 0.2)
            if rng.random() < 0.1:  # a parent asked, not answered yet
                self.invitation(child, upcoming, "parent", Respondent.PARENT, next_due, submitted=False)
            first_held_id, first_held_on = held_reviews[0]
            if rng.random() < 0.2:  # views for the last review, read long ago: the annual report counts them
                self.invitation(child, first_held_id, consultation, Respondent.CHILD, first_held_on, submitted=True, read=True)
            if age >= 8 and rng.random() < 0.05:
                self.invitation(child, first_held_id, "feedback_young_person", Respondent.CHILD,
                                first_held_on + timedelta(days=20), submitted=True, read=True, after=True)
        self.flush()

    def invitation(self, child: int, review: int, questionnaire: str, respondent: Respondent, review_on: date,
                   submitted: bool, read: bool | None = None, after: bool = False) -> None:
        rng = self.rng
        sent = datetime.combine(review_on, clock(9), tzinfo=UTC) - timedelta(days=rng.randint(10, 25) if not after else 15)
        sent = min(sent, self.now - timedelta(days=1))
        invitation = self.add(Invitation, child_id=child, review_id=review, questionnaire=questionnaire,
                              respondent=respondent, channel=Channel.SMS if rng.random() < 0.3 else Channel.WEB,
                              token_hash=hashlib.sha256(f"bench-{self.next_id.get(Invitation.__table__, 0)}".encode()).hexdigest(),
                              created_at=sent, expires_at=sent + timedelta(days=30), status=InvitationStatus.ACTIVE)
        if not submitted:
            return
        arrived = min(sent + timedelta(hours=rng.randint(1, 200)), self.now)
        read = rng.random() < 0.6 if read is None else read
        urgent = not after and not read and rng.random() < 0.02
        submission = self.add(Submission, invitation_id=invitation, child_id=child, review_id=review,
                              questionnaire=questionnaire, state=SubmissionState.SUBMITTED, started_at=sent,
                              updated_at=arrived, submitted_at=arrived,
                              read_at=min(arrived + timedelta(days=rng.randint(0, 6)), self.now) if read else None,
                              read_by_id=None, urgent_at=arrived if urgent else None,
                              urgent_reason="not_safe" if urgent else None)
        for question_id, value in _answers_for(questionnaire, rng).items():
            self.add(Answer, submission_id=submission, question_id=question_id, value=value, saved_at=arrived)


def seed(app, children: int) -> float:
    """Fill the (freshly migrated) database; returns the seconds it took."""
    started = time.perf_counter()
    with app.app_context(), db.engine.begin() as connection:
        seeder = Seeder(connection, date.today(), children)
        seeder.seed()
        caseload_figures.refresh(connection)  # rows went in without the ORM, so its flush never saw them
        # The ids were chosen here, so each table's sequence must be moved past them.
        for table in seeder.next_id:
            connection.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), :last)"),
                               {"last": seeder.next_id[table]})
        rows = seeder.rows
    with psycopg.connect(ADMIN_URL.rsplit("/", 1)[0] + f"/{DATABASE}", autocommit=True) as connection:
        connection.execute("VACUUM ANALYZE")
    seconds = time.perf_counter() - started
    print(f"Seeded {rows:,} rows in {seconds:.1f} s")
    return seconds


# Timing ----------------------------------------------------------------------------------------------------


@contextmanager
def recording_queries():
    """Every SQL statement run inside the block, with its parameters."""
    statements: list[tuple[str, object]] = []

    def record(conn, cursor, statement, parameters, context, executemany):
        statements.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


def _csrf(response) -> str:
    return re.search(r'name="csrf_token"[^>]*value="([^"]+)"', response.get_data(as_text=True)).group(1)


def signed_in(app, email: str):
    """A client signed in as a person is: password, then the code from their authenticator app. Requests are made
    outside any app context of ours, so each has its own (Flask-WTF keeps the CSRF token in `g`)."""
    with app.app_context():
        member = db.session.scalar(select(StaffMember).where(StaffMember.email == email))
        # The bench seeds its accounts in bulk, with no password set by the person and no two-factor: add both.
        member.password_set_at = member.password_set_at or datetime.now(UTC)
        member.totp_secret = member.totp_secret or TOTP_SECRET
        db.session.commit()
    client = app.test_client()
    response = client.post("/staff/sign-in", data={"csrf_token": _csrf(client.get("/staff/sign-in")), "email": email, "password": PASSWORD})
    assert response.status_code == 302 and response.location.endswith("/staff/sign-in/code"), f"could not sign in as {email}"
    token = _csrf(client.get("/staff/sign-in/code"))  # signing in starts a fresh session, with a token of its own
    with app.app_context():
        member = db.session.scalar(select(StaffMember).where(StaffMember.email == email))
        code = totp_code(member, member.totp_secret)  # the secret an earlier run may have set
    response = client.post("/staff/sign-in/code", data={"csrf_token": token, "code": code})
    assert response.status_code == 302 and "sign-in" not in response.location, f"could not enter the code for {email}"
    return client


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def measure(app, client, name: str, url: str, runs: int) -> dict:
    with app.app_context(), recording_queries() as statements:
        response = client.get(url)  # the first request warms caches and templates: counted, not timed
    assert response.status_code == 200, (url, response.status_code)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    times.sort()
    result = {
        "page": name,
        "median": statistics.median(times),
        "p95": times[max(0, math.ceil(0.95 * len(times)) - 1)],
        "queries": len(statements),
        "rss": peak_rss_mb(),
        "statements": statements,
    }
    print(f"  {name:<40} {result['median']:>9.1f} {result['p95']:>9.1f} {result['queries']:>8} {result['rss']:>9.0f}",
          flush=True)
    return result


def explain(app, statement: str, parameters) -> dict:
    with app.app_context(), db.engine.connect() as connection:
        plan = connection.exec_driver_sql("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + statement, parameters).scalar()
    plan = plan[0] if isinstance(plan, list) else json.loads(plan)[0]
    return plan


def main_query(statements) -> tuple[str, object]:
    """The caseload's page of rows: the statement with LIMIT."""
    return next((s, p) for s, p in statements if "LIMIT" in s and "FROM child" in s)


# Texts coming in -------------------------------------------------------------------------------------------

SMS_DATABASE = "listen_to_me_bench_sms"
SENDERS = 10
TEXTS = 150  # timed texts from each sender
WARM_UP_TEXTS = 3  # "YES", then one answer and BACK: untimed, so each server process has loaded what it needs
SERVER_WORKERS = 4
TARGET_P95_MS = 100
WEBHOOK_BASE_URL = "https://bench.example.org"  # what Twilio would call, and signs over
SERVICE_NUMBER = "+447911000000"
SENDER_AGES = (6, 9, 13, 17)  # each version of the consultation: pictures, 8-11, 12-15, 16-18
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def fresh_sms_database() -> str:
    """The webhook part's own small database, dropped and made again, so the big one's children stay as seeded."""
    with psycopg.connect(ADMIN_URL, autocommit=True, connect_timeout=3) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {SMS_DATABASE} WITH (FORCE)")
        connection.execute(f"CREATE DATABASE {SMS_DATABASE}")
    return ADMIN_URL.replace("postgresql://", "postgresql+psycopg://").rsplit("/", 1)[0] + f"/{SMS_DATABASE}"


def production_settings(database: str) -> dict:
    """The environment of a production server: strong secrets made for this run, and Twilio's auth token set,
    so every webhook request has its signature checked."""
    return {
        "FLASK_CONFIG": "production",
        "DATABASE_URL": database,
        "SECRET_KEY": secrets.token_urlsafe(48),
        "ENCRYPTION_KEY": Fernet.generate_key().decode(),
        "PUBLIC_BASE_URL": WEBHOOK_BASE_URL,
        "SMS_WEBHOOK_BASE_URL": WEBHOOK_BASE_URL,
        "TWILIO_ACCOUNT_SID": "AC" + secrets.token_hex(16),
        "TWILIO_AUTH_TOKEN": secrets.token_hex(16),
        "TWILIO_MESSAGING_SERVICE_SID": "MG" + secrets.token_hex(16),
        "TWILIO_FROM_NUMBER": "",
        "COUNCIL_NAME": "Bench Council",
        "IRO_SERVICE_PHONE": "01234 567890",
        "CHILDRENS_SERVICES_PHONE": "01234 567000",
        "DATA_PROTECTION_OFFICER_EMAIL": "dpo@bench.example.org",
        "REDIS_URL": "",
        "TRUSTED_PROXY_COUNT": "0",
    }


def sender_numbers(senders: int) -> list[str]:
    return [f"+4479111{n:05d}" for n in range(1, senders + 1)]


def seed_conversations(settings: dict, senders: int) -> None:
    """An IRO, one child a sender, and each child invited by text as staff do it, so each number has a conversation
    open. Made with the server's own keys, so the server finds each number by its hash and reads what it holds."""
    app = create_app("test", SQLALCHEMY_DATABASE_URI=settings["DATABASE_URL"], SECRET_KEY=settings["SECRET_KEY"],
                     ENCRYPTION_KEY=settings["ENCRYPTION_KEY"], PUBLIC_BASE_URL=WEBHOOK_BASE_URL,
                     COUNCIL_NAME=settings["COUNCIL_NAME"])
    with app.app_context():
        upgrade()
        iro = create_staff(Role.IRO, name="Bench Iro")
        for n, number in enumerate(sender_numbers(senders)):
            child = create_child(iro, age=SENDER_AGES[n % len(SENDER_AGES)], first_name=FIRST_NAMES[n % len(FIRST_NAMES)])
            invite(child, Respondent.CHILD, Channel.SMS, address=number)
            db.session.commit()
        db.engine.dispose()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


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
                if request(port, "GET", "/healthz")[0] == 200:
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


def request(port: int, method: str, path: str, body: str | None = None, headers: dict | None = None) -> tuple[int, float]:
    """One request on a new connection, as Twilio makes them: its status, and milliseconds to the last byte."""
    started = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        response.read()
    finally:
        connection.close()
    return response.status, (time.perf_counter() - started) * 1000


class Sender(threading.Thread):
    """One person's phone texting the service: answers to the question it is on, then BACK, again and again, so the
    conversation moves between two questions and never ends. Each text is signed as Twilio signs it."""

    def __init__(self, port: int, settings: dict, number: str, texts: int, start: threading.Barrier):
        super().__init__(daemon=True)
        self.port, self.number, self.texts, self.start_together = port, number, texts, start
        self.validator = RequestValidator(settings["TWILIO_AUTH_TOKEN"])
        self.account, self.service = settings["TWILIO_ACCOUNT_SID"], settings["TWILIO_MESSAGING_SERVICE_SID"]
        self.times: list[float] = []
        self.failures: list[int] = []

    def text(self, body: str) -> tuple[int, float]:
        sid = "SM" + uuid.uuid4().hex
        params = {"ToCountry": "GB", "SmsMessageSid": sid, "NumMedia": "0", "FromCountry": "GB", "SmsSid": sid,
                  "SmsStatus": "received", "Body": body, "To": SERVICE_NUMBER, "MessagingServiceSid": self.service,
                  "NumSegments": "1", "MessageSid": sid, "AccountSid": self.account, "From": self.number,
                  "ApiVersion": "2010-04-01"}
        signature = self.validator.compute_signature(WEBHOOK_BASE_URL + "/sms/inbound", params)
        return request(self.port, "POST", "/sms/inbound", urlencode(params), {
            "Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": signature,
            "User-Agent": "TwilioProxy/1.1"})

    def run(self) -> None:
        for body in ("YES", "1", "BACK")[:WARM_UP_TEXTS]:
            status, _ = self.text(body)
            if status != 200:
                self.failures.append(status)
        self.start_together.wait()
        for n in range(self.texts):
            status, ms = self.text("1" if n % 2 == 0 else "BACK")
            self.times.append(ms)
            if status != 200:
                self.failures.append(status)


class HealthChecker(threading.Thread):
    """/healthz asked over and over on the same server while the senders are texting, for comparison."""

    def __init__(self, port: int, start: threading.Barrier, stop: threading.Event):
        super().__init__(daemon=True)
        self.port, self.start_together, self.stop = port, start, stop
        self.times: list[float] = []
        self.failures: list[int] = []

    def run(self) -> None:
        self.start_together.wait()
        while not self.stop.is_set():
            status, ms = request(self.port, "GET", "/healthz")
            self.times.append(ms)
            if status != 200:
                self.failures.append(status)


def percentile(times: list[float], fraction: float) -> float:
    ordered = sorted(times)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def webhook(senders: int, texts: int, workers: int) -> int:
    """Texts coming in as Twilio sends them, from `senders` phones at once, each `texts` times."""
    print(f"\nTexts coming in: {senders} phones at once, each with a text conversation open, {texts} signed texts each "
          f"(answer, BACK, answer, ...) to POST /sms/inbound on gunicorn with {workers} workers, production settings, "
          f"PostgreSQL database {SMS_DATABASE}; /healthz asked meanwhile.", flush=True)
    started = time.perf_counter()
    settings = production_settings(fresh_sms_database())
    seed_conversations(settings, senders)
    with production_server(settings, workers) as port:
        start, stop = threading.Barrier(senders + 2), threading.Event()
        phones = [Sender(port, settings, number, texts, start) for number in sender_numbers(senders)]
        health = HealthChecker(port, start, stop)
        for thread in (*phones, health):
            thread.start()
        start.wait()  # every phone has sent its untimed texts
        began = time.perf_counter()
        for phone in phones:
            phone.join()
        seconds = time.perf_counter() - began
        stop.set()
        health.join()
        for _ in range(3):  # a wrong signature is refused
            forged = request(port, "POST", "/sms/inbound", urlencode({"MessageSid": "SM" + uuid.uuid4().hex,
                             "From": sender_numbers(1)[0], "Body": "1"}),
                             {"Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": "forged"})[0]
    with psycopg.connect(ADMIN_URL.rsplit("/", 1)[0] + f"/{SMS_DATABASE}", autocommit=True) as connection:
        received = connection.execute("SELECT count(*) FROM inbound_sms").fetchone()[0]
        done = connection.execute("SELECT count(*) FROM sms_conversation WHERE state = 'done'").fetchone()[0]
    times = [ms for phone in phones for ms in phone.times]
    failures = [status for thread in (*phones, health) for status in thread.failures]
    print(f"  {'request':<28} {'requests':>9} {'per second':>10} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for name, measured in (("POST /sms/inbound (signed)", times), ("GET /healthz", health.times)):
        print(f"  {name:<28} {len(measured):>9,} {len(measured) / seconds:>10.0f} {statistics.median(measured):>8.1f} "
              f"{percentile(measured, 0.95):>8.1f} {max(measured):>8.1f}")
    p95 = percentile(times, 0.95)
    print(f"  Webhook p95 {p95:.1f} ms: {'under' if p95 < TARGET_P95_MS else 'OVER'} the {TARGET_P95_MS} ms target. "
          f"{received:,} texts stored, {done} conversations ended, a forged signature got {forged}. "
          f"The whole part took {time.perf_counter() - started:.0f} s.")
    if failures or forged != 403 or done or received != senders * (texts + WARM_UP_TEXTS):
        print(f"  Something went wrong: {len(failures)} requests failed ({sorted(set(failures))})", file=sys.stderr)
        return 1
    return 0


def pages(runs: int, fresh: bool, children: int) -> int:
    if fresh:
        try:
            drop_database()
        except psycopg.OperationalError:
            pass
    url = database_url()
    if url is None:
        print(f"make bench needs PostgreSQL at {ADMIN_URL.rsplit('@', 1)[-1].rsplit('/', 1)[0]} (user postgres): "
              "it cannot be reached. Start it, or set POSTGRES_ADMIN_URL.", file=sys.stderr)
        return 1
    app = create_app("test", SQLALCHEMY_DATABASE_URI=url)
    with app.app_context():
        upgrade()  # the real migrated schema, as `flask db upgrade` builds it
        found = children_in_database()
    if found == children:
        print(f"Reusing {DATABASE}: it already holds {found:,} children (--fresh seeds it again)")
    else:
        if found:
            print(f"{DATABASE} holds {found:,} children, not {children:,}: seeding it again")
            with app.app_context():
                db.engine.dispose()
                drop_database()
                database_url()
                upgrade()
        print(f"Seeding {children:,} children into {DATABASE} ...", flush=True)
        seed(app, children)
    print(f"Peak memory after seeding: {peak_rss_mb():.0f} MB\n")

    with app.app_context():
        iro = db.session.scalar(select(StaffMember).where(StaffMember.email == "iro1@bench.example.org"))
        own = db.session.scalar(
            select(func.count()).select_from(Allocation).where(Allocation.iro_id == iro.id, Allocation.ends_on.is_(None))
        )
        # A child of this IRO with views in, so the child page shows submissions and answers.
        child_id = db.session.scalar(
            select(Submission.child_id)
            .join(Allocation, (Allocation.child_id == Submission.child_id) & Allocation.ends_on.is_(None))
            .where(Allocation.iro_id == iro.id)
            .order_by(Submission.child_id)
            .limit(1)
        )
        year = last_financial_year(date.today())
    iro_client = signed_in(app, iro.email)
    manager_client = signed_in(app, "manager@bench.example.org")
    print(f"Each page {runs} times, after one untimed request. IRO: {iro.email} ({own} children); manager: all {children:,}.")
    print(f"  {'page':<40} {'median ms':>9} {'p95 ms':>9} {'queries':>8} {'peak MB':>9}")
    results = []
    for who, client in (("IRO", iro_client), ("manager", manager_client)):
        results.append(measure(app, client, f"{who} caseload, first page", "/staff/", runs))
        results.append(measure(app, client, f"{who} caseload, search '{SEARCH}'", f"/staff/?q={SEARCH}", runs))
        for show in ("due_soon", "overdue", "unread", "late", "no_views"):
            results.append(measure(app, client, f"{who} caseload, {show}", f"/staff/?show={show}", runs))
        results.append(measure(app, client, f"{who} caseload, page 2", "/staff/?page=2", runs))
        results.append(measure(app, client, f"{who} child page", f"/staff/children/{child_id}", runs))
    results.append(measure(app, manager_client, "managers' queue", "/staff/queue", runs))
    results.append(measure(app, manager_client, "IROs page", "/staff/team", runs))
    results.append(measure(app, manager_client, f"annual report {year.start.year}/{year.end.year % 100:02d}",
                           f"/staff/reports/annual?from={year.start}&to={year.end}", runs))

    print("\nEXPLAIN (ANALYZE, BUFFERS) of the manager caseload's main queries (the page of rows, and its count):")
    slow = []
    for result in results:
        if not result["page"].startswith("manager caseload"):
            continue
        statement, parameters = main_query(result["statements"])
        count = next((s, p) for s, p in result["statements"] if s.lstrip().upper().startswith("SELECT COUNT"))
        rows_plan, count_plan = explain(app, statement, parameters), explain(app, *count)
        jit = sum(plan.get("JIT", {}).get("Timing", {}).get("Total", 0) for plan in (rows_plan, count_plan))
        print(f"  {result['page']:<40} rows {rows_plan['Execution Time']:>8.1f} ms, count {count_plan['Execution Time']:>8.1f} ms"
              + (f" (of which JIT compiling {jit:.0f} ms)" if jit else ""))
        if result["median"] > SLOW_MS:
            slow.append(result["page"])
    if slow:
        print(f"\nSlower than {SLOW_MS} ms (median): {', '.join(slow)}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fresh", action="store_true", help="drop the bench database and seed it again")
    parser.add_argument("--runs", type=int, default=20, help="timed requests per page (default 20)")
    parser.add_argument("--children", type=int, default=CHILDREN, help=f"how many children to seed (default {CHILDREN:,})")
    parser.add_argument("--only", choices=("pages", "webhook"), help="run one part: the pages, or texts coming in")
    parser.add_argument("--senders", type=int, default=SENDERS, help=f"phones texting at once (default {SENDERS})")
    parser.add_argument("--texts", type=int, default=TEXTS, help=f"timed texts from each phone (default {TEXTS})")
    parser.add_argument("--workers", type=int, default=SERVER_WORKERS,
                        help=f"the server's worker processes for the webhook part (default {SERVER_WORKERS})")
    arguments = parser.parse_args()
    if not postgres_reachable():
        print(f"make bench needs PostgreSQL at {ADMIN_URL.rsplit('@', 1)[-1].rsplit('/', 1)[0]} (user postgres): "
              "it cannot be reached. Start it, or set POSTGRES_ADMIN_URL.", file=sys.stderr)
        return 1
    status = 0
    if arguments.only != "webhook":
        status = pages(arguments.runs, arguments.fresh, arguments.children)
    if arguments.only != "pages" and status == 0:
        status = webhook(arguments.senders, arguments.texts, arguments.workers)
    return status


if __name__ == "__main__":
    sys.exit(main())
