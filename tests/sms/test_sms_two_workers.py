"""Two workers racing over one outbox on PostgreSQL never send a text twice (FOR UPDATE SKIP LOCKED).

Always on PostgreSQL, whichever database the rest of the suite uses (the postgres_url fixture in conftest.py)."""

from collections import Counter

from app import create_app
from app.extensions import db
from app.messaging import phones, worker
from app.messaging.outbox import enqueue
from tests.conftest import at_once
from tests.helpers.twilio import FakeTwilio, twilio_config

TEXTS = 200


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
