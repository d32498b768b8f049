"""Real worker processes, killed mid-send, never send a text twice and strand at most the one text each was sending;
Twilio's signed status callback for a stranded text it accepted settles it.

Two `flask --app wsgi outbox worker` processes empty one outbox on PostgreSQL (the postgres_url fixture in conftest.py),
talking to a stand-in for Twilio's Messages API on 127.0.0.1 (TWILIO_API_BASE_URL, for local fakes only). Three times,
the stand-in holds both workers' requests until both are waiting on it, and one worker is killed (SIGKILL) and started
again: so each kill lands after Twilio has the text and before the worker has saved its id."""

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy import func, select
from twilio.request_validator import RequestValidator

from app import create_app
from app.config import TEST_ENCRYPTION_KEY, TEST_SECRET_KEY
from app.extensions import db
from app.messaging import phones
from app.messaging.outbox import enqueue
from app.models import MessageStatus, OutboundSms
from tests.helpers.stand_in_twilio import stand_in_twilio
from tests.helpers.twilio import ACCOUNT_SID, AUTH_TOKEN, BASE_URL, SERVICE_SID, FakeTwilio, twilio_config

ROOT = Path(__file__).resolve().parents[2]
TEXTS = 150
NUMBERS = [f"+4479111234{n:02d}" for n in range(5)]
KILL_AFTER = (30, 65, 100)  # kill a worker once Twilio has had this many requests
ANSWER_DELAY = 0.05  # Twilio takes 50 ms to answer


class Workers:
    """`flask --app wsgi outbox worker` processes, as a server runs them, with their output kept for failures."""

    def __init__(self, database_url: str, twilio_url: str, logs: Path):
        self.logs, self.started = logs, 0
        keep = {k: v for k, v in os.environ.items() if not k.startswith(("TWILIO_", "MAIL_", "REDIS_", "FLASK_"))}
        self.environment = {
            **keep,
            # Development reads the database and Twilio settings from the environment (the test config pins them).
            "FLASK_CONFIG": "development",
            "DATABASE_URL": database_url,
            "SECRET_KEY": TEST_SECRET_KEY,
            "ENCRYPTION_KEY": TEST_ENCRYPTION_KEY,  # the numbers were stored by the test app
            "TWILIO_ACCOUNT_SID": ACCOUNT_SID,
            "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
            "TWILIO_MESSAGING_SERVICE_SID": SERVICE_SID,
            "TWILIO_API_BASE_URL": twilio_url,
            "PUBLIC_BASE_URL": BASE_URL,
            "SMS_WEBHOOK_BASE_URL": BASE_URL,
            "OUTBOX_RETRY_SECONDS": "0",
            "OUTBOX_POLL_SECONDS": "0.1",
            "NO_PROXY": "127.0.0.1,localhost",
        }
        self.processes = [self._start(), self._start()]

    def _start(self) -> subprocess.Popen:
        self.started += 1
        log = open(self.logs / f"worker-{self.started}.log", "wb")
        with log:
            return subprocess.Popen([sys.executable, "-m", "flask", "--app", "wsgi", "outbox", "worker"], cwd=ROOT,
                                    env=self.environment, stdout=log, stderr=subprocess.STDOUT)

    def kill_and_restart(self, index: int) -> None:
        process = self.processes[index]
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
        self.processes[index] = self._start()

    def check_alive(self) -> None:
        for process in self.processes:
            assert process.poll() is None, f"a worker stopped by itself:\n{self.output()}"

    def stop(self) -> None:
        for process in self.processes:
            process.terminate()
        for process in self.processes:
            process.wait(timeout=10)

    def output(self) -> str:
        return "\n".join(f"--- {log.name}\n{log.read_text(errors='replace')}" for log in sorted(self.logs.glob("worker-*.log")))


def wait_for(condition, workers: Workers, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        workers.check_alive()
        assert time.monotonic() < deadline, f"timed out waiting for {what}\n{workers.output()}"
        time.sleep(0.01)


def count_texts(status: MessageStatus) -> int:
    count = db.session.scalar(select(func.count(OutboundSms.id)).where(OutboundSms.status == status))
    db.session.rollback()  # hold no transaction open while the workers run
    return count


def test_killed_workers_never_send_a_text_twice_and_strand_only_what_they_were_sending(postgres_url, tmp_path):
    app = create_app("test", **twilio_config(FakeTwilio()), SQLALCHEMY_DATABASE_URI=postgres_url)
    with app.app_context():
        db.drop_all()
        db.create_all()
        try:
            numbers = [phones.find_or_add(number) for number in NUMBERS]
            for n in range(TEXTS):
                enqueue(numbers[n % len(numbers)], f"Text number {n}", "test")
            db.session.commit()

            with stand_in_twilio(ANSWER_DELAY) as twilio:
                workers = Workers(postgres_url, twilio.base_url, tmp_path)
                try:
                    for kill, after in enumerate(KILL_AFTER):
                        wait_for(lambda: twilio.count("received") >= after, workers, 30, f"{after} texts sent")
                        # Hold Twilio's answers until both workers are waiting on one, then kill one of them.
                        twilio.gate.clear()
                        wait_for(lambda: twilio.count("waiting") == 2, workers, 30, "both workers to be sending")
                        workers.kill_and_restart(kill % 2)
                        twilio.gate.set()
                    wait_for(lambda: count_texts(MessageStatus.PENDING) == 0 and twilio.count("in_flight") == 0
                             and count_texts(MessageStatus.CLAIMED) <= len(KILL_AFTER), workers, 30, "the outbox to empty")
                    workers.check_alive()
                finally:
                    workers.stop()
            assert "Traceback" not in workers.output(), workers.output()

            # Twilio was given every text exactly once, to its own number.
            sent = Counter((request["To"], request["Body"]) for request in twilio.received)
            assert len(sent) == TEXTS and set(sent.values()) == {1}, sent.most_common(3)
            given = {(request["To"], request["Body"]): request for request in twilio.received}
            assert all(request["MessagingServiceSid"] == SERVICE_SID for request in twilio.received)

            # Each kill stranded the one text its worker was sending, which Twilio had; every other text is settled
            # with the SID Twilio gave it.
            texts = db.session.scalars(select(OutboundSms).order_by(OutboundSms.id)).all()
            stranded = [text for text in texts if text.status == MessageStatus.CLAIMED]
            assert len(stranded) == len(KILL_AFTER), [(text.id, text.status) for text in texts if text.status != MessageStatus.SENDING]
            for text in stranded:
                assert text.provider_sid is None and (text.phone.number, text.body) in given
            for text in texts:
                if text not in stranded:
                    assert text.status == MessageStatus.SENDING, (text.id, text.status)
                    assert text.provider_sid == given[(text.phone.number, text.body)]["sid"]

            # Twilio's status callback for a stranded text, to the address it was given and signed over it, settles it.
            text = stranded[0]
            request = given[(text.phone.number, text.body)]
            callback = request["StatusCallback"]
            assert callback == f"{BASE_URL}/sms/status?message={text.id}"
            params = {"MessageSid": request["sid"], "MessageStatus": "sent", "AccountSid": ACCOUNT_SID,
                      "To": request["To"], "MessagingServiceSid": SERVICE_SID}
            signature = RequestValidator(AUTH_TOKEN).compute_signature(callback, params)
            address = urlsplit(callback)
            response = app.test_client().post(f"{address.path}?{address.query}", data=params,
                                              headers={"X-Twilio-Signature": signature})
            assert response.status_code == 200 and response.mimetype == "text/xml"
            db.session.expire_all()
            assert (text.status, text.provider_sid) == (MessageStatus.SENT, request["sid"])
            assert count_texts(MessageStatus.CLAIMED) == len(KILL_AFTER) - 1
        finally:
            db.session.remove()
            db.drop_all()
            db.engine.dispose()
