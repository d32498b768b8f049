"""The 100,000 children of the workspace bench: their database, created once, and the rows seeded into it in bulk."""

import hashlib
import math
import random
import time
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock

import psycopg
from dateutil.relativedelta import relativedelta
from sqlalchemy import func, insert, select, text

from app.auth.passwords import hash_password
from app.caseload import figures as caseload_figures
from app.definitions.questionnaire import Kind
from app.extensions import db
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
from app.questionnaires.registry import QUESTIONNAIRES
from tests.postgres import ADMIN_URL

DATABASE = "listen_to_me_bench"
CHILDREN = 100_000
CHILDREN_PER_IRO = 70
BATCH = 5_000
PASSWORD = "bench password"
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


def database_url() -> str | None:
    """Create the bench database if it is missing; None if PostgreSQL cannot be reached."""
    try:
        with psycopg.connect(ADMIN_URL, autocommit=True, connect_timeout=3) as connection:
            if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", (DATABASE,)).fetchone():
                connection.execute(f"CREATE DATABASE {DATABASE}")
    except psycopg.OperationalError:
        return None
    return ADMIN_URL.replace("postgresql://", "postgresql+psycopg://").rsplit("/", 1)[0] + f"/{DATABASE}"


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
                              created_at=sent, expires_at=sent + timedelta(days=30), status=InvitationStatus.ACTIVE, language="en")
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
