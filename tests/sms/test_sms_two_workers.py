"""Two workers racing over one outbox on PostgreSQL never send a text twice (FOR UPDATE SKIP LOCKED).

Always on PostgreSQL, whichever database the rest of the suite uses: its own database, made and dropped here."""

import os
from collections import Counter

import psycopg
import pytest

from app import create_app
from app.extensions import db
from app.messaging import phones, worker
from app.messaging.outbox import enqueue
from tests.conftest import at_once, needs
from tests.sms.conftest import FakeTwilio, twilio_config

ADMIN_URL = os.environ.get("POSTGRES_ADMIN_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
TEXTS = 200


@pytest.fixture
def postgres_url():
    url = os.environ.get("TEST_DATABASE_URL", "")
    if url.startswith("postgresql"):
        yield url
        return
    name = f"ltm_sms_workers_{os.getpid()}"
    try:
        with psycopg.connect(ADMIN_URL, autocommit=True, connect_timeout=3) as connection:
            connection.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            connection.execute(f"CREATE DATABASE {name}")
    except psycopg.OperationalError:
        needs("PostgreSQL", "two workers are proved on PostgreSQL's row locks")
    yield ADMIN_URL.replace("postgresql://", "postgresql+psycopg://").rsplit("/", 1)[0] + f"/{name}"
    with psycopg.connect(ADMIN_URL, autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def test_two_workers_never_send_the_same_text_twice(postgres_url):
    twilio = FakeTwilio()
    app = create_app("test", **twilio_config(twilio), SQLALCHEMY_DATABASE_URI=postgres_url)
    with app.app_context():
        db.drop_all()
        db.create_all()
        try:
            phone = phones.find_or_add("+447911123456")
            for number in range(TEXTS):
                enqueue(phone, f"Text number {number}", "test")
            db.session.commit()

            def drain() -> int:
                tried = 0
                while count := worker.send_due():
                    tried += count
                return tried

            tried = at_once(app, drain)
            sent = Counter(request.data["Body"] for request in twilio.requests)
            assert len(sent) == TEXTS and set(sent.values()) == {1}
            assert len(tried) == 2 and all(tried) and sum(tried) == TEXTS, "both workers took a share"

        finally:
            db.session.remove()
            db.drop_all()
