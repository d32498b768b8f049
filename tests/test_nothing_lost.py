"""Nothing lost when the app server and the outbox worker are killed: real processes on PostgreSQL.

gunicorn serves the app with production settings, and `flask outbox worker` sends texts to a stand-in for Twilio
(tests/helpers/outages.py). Children answer their consultations over HTTP, each in a thread with its own cookie, while
texts are queued; meanwhile the test kills (SIGKILL) the server or the worker at random moments and starts it again.
Afterwards every answer whose POST was acknowledged with a redirect is stored, and every text was given to Twilio
exactly once, or is left claimed for a person to resend (docs/backups-and-resilience.md)."""

import http.client
import random
import threading
import time
from collections import Counter
from http.cookies import SimpleCookie
from urllib.parse import urlencode, urlsplit

from bs4 import BeautifulSoup
from sqlalchemy import func, select

from app import create_app
from app.extensions import db
from app.messaging import phones
from app.messaging.outbox import enqueue
from app.models import MessageStatus, OutboundSms, Submission
from tests.factories import create_child, create_invitation, create_staff
from tests.helpers.journeys import ANSWERS
from tests.helpers.mail import free_port
from tests.helpers.outages import gunicorn, outbox_worker, production_settings, wait_until_serving, worker_settings
from tests.helpers.stand_in_twilio import stand_in_twilio

CHILDREN = 4
TEXTS = 40
KILLS = 6  # the server and the worker, three times each, in a random order
NUMBERS = [f"+4479111235{n:02d}" for n in range(4)]
INTERRUPTED = (OSError, http.client.HTTPException)  # the server died mid-request, or is not listening yet


class WebChild(threading.Thread):
    """A child answering every question on the web, in their own browser session (the cookie is kept here: the
    production cookie is marked Secure, which a browser would not send over plain HTTP to 127.0.0.1). Whatever
    goes wrong in between, they go back to the question and answer again, as a person would. They go through the
questions again (changing nothing) until `stop` is set, so the kills always land while they are answering."""

    def __init__(self, port: int, link: str, answers: dict[str, str], stop: threading.Event):
        super().__init__(daemon=True)
        self.port, self.link, self.answers, self.stop = port, link, answers, stop
        self.cookie = ""
        self.acknowledged: dict[str, str] = {}
        self.interruptions = 0
        self.surprises: list[tuple[str, int]] = []

    def request(self, method: str, path: str, form: dict | None = None) -> http.client.HTTPResponse:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        headers = {"Cookie": self.cookie} if self.cookie else {}
        body = None
        if form is not None:
            body = urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        response.body = response.read()
        connection.close()
        for header in response.headers.get_all("Set-Cookie") or []:
            cookie = SimpleCookie(header)
            self.cookie = "; ".join(f"{name}={morsel.value}" for name, morsel in cookie.items())
        return response

    def until_done(self, step) -> None:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if step():
                    return
            except INTERRUPTED:
                self.interruptions += 1
            time.sleep(0.1)
        raise AssertionError(f"{self.link}: still not through after two minutes")

    def open_link(self) -> bool:
        response = self.request("GET", self.link)
        return response.status == 302 and urlsplit(response.headers["Location"]).path == "/consultation"

    def answer(self, question_id: str, value: str) -> bool:
        page = self.request("GET", f"/consultation/{question_id}")
        if page.status != 200:
            self.surprises.append((f"GET {question_id}", page.status))
            return False
        token = BeautifulSoup(page.body, "html.parser").find("input", attrs={"name": "csrf_token"})["value"]
        sent = self.request("POST", f"/consultation/{question_id}", {"csrf_token": token, **({"answer": value} if value else {})})
        if sent.status in (302, 303):
            self.acknowledged[question_id] = value
            return True
        self.surprises.append((f"POST {question_id}", sent.status))
        return False

    def run(self) -> None:
        self.until_done(self.open_link)
        while True:
            for question_id, value in self.answers.items():
                self.until_done(lambda: self.answer(question_id, value))
            if self.stop.is_set():
                return


def as_sent(stored) -> str:
    """A stored answer as the form sent it: a multiple choice is kept as what was selected."""
    return stored["selected"][0] if isinstance(stored, dict) and len(stored["selected"]) == 1 else stored


def count_texts(*statuses: MessageStatus) -> int:
    count = db.session.scalar(select(func.count(OutboundSms.id)).where(OutboundSms.status.in_(statuses)))
    db.session.rollback()  # hold no transaction open while the processes run
    return count


def test_killing_the_server_and_worker_loses_no_acknowledged_answer_and_sends_no_text_twice(postgres_url, tmp_path):
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    settings = production_settings(postgres_url)
    app = create_app("test", SQLALCHEMY_DATABASE_URI=postgres_url, SECRET_KEY=settings["SECRET_KEY"],
                     ENCRYPTION_KEY=settings["ENCRYPTION_KEY"], PHONE_LOOKUP_KEY=settings["PHONE_LOOKUP_KEY"])
    with app.app_context():
        db.drop_all()
        db.create_all()
        try:
            iro = create_staff()
            children = [create_child(iro=iro, first_name=f"Child{n}") for n in range(CHILDREN)]
            links = [create_invitation(child) for child in children]
            numbers = [phones.find_or_add(number) for number in NUMBERS]
            db.session.commit()
            child_ids = [child.id for child in children]

            port = free_port()
            with stand_in_twilio(delay=0.05) as twilio:
                server = gunicorn(port, settings, tmp_path)
                worker = outbox_worker(worker_settings(settings, twilio.base_url), tmp_path)
                try:
                    wait_until_serving(port, server)
                    kills_done = threading.Event()
                    browsers = [WebChild(port, link, {**ANSWERS, "going_well": f"Child {n} got into the team"}, kills_done)
                                for n, link in enumerate(links)]
                    for browser in browsers:
                        browser.start()
                    queued = 0
                    for victim in rng.sample([server, worker] * (KILLS // 2), KILLS):
                        pause = time.monotonic() + rng.uniform(0.5, 2.0)
                        while time.monotonic() < pause:  # texts keep being queued, as staff and the app queue them
                            if queued < TEXTS:
                                enqueue(numbers[queued % len(numbers)], f"Text number {queued}", "test")
                                db.session.commit()
                                queued += 1
                            time.sleep(0.05)
                        victim.kill_and_restart()
                    kills_done.set()
                    for n in range(queued, TEXTS):
                        enqueue(numbers[n % len(numbers)], f"Text number {n}", "test")
                    db.session.commit()

                    for browser in browsers:
                        browser.join(timeout=180)
                        assert not browser.is_alive(), f"a child never finished (seed {seed})"
                    deadline = time.monotonic() + 60
                    while count_texts(MessageStatus.PENDING) or twilio.busy():
                        worker.check_alive()
                        assert time.monotonic() < deadline, f"the outbox never emptied (seed {seed})\n{worker.output()}"
                        time.sleep(0.1)
                    server.check_alive()
                    worker.check_alive()
                finally:
                    server.stop()
                    worker.stop()
            logs = server.output() + worker.output()
            assert "Traceback" not in logs, logs
            assert (server.kills, worker.kills) == (KILLS // 2, KILLS // 2)
            # The kills landed while children were answering: some requests were cut off or refused.
            assert sum(browser.interruptions for browser in browsers) > 0, f"seed {seed}"
            assert [browser.surprises for browser in browsers] == [[]] * CHILDREN, f"seed {seed}"

            # Every answer acknowledged with a redirect is stored, as it was sent.
            db.session.expire_all()
            for child_id, browser in zip(child_ids, browsers, strict=True):
                assert browser.acknowledged == browser.answers
                submission = db.session.scalar(select(Submission).where(Submission.child_id == child_id))
                stored = submission.answer_values()
                for question_id, value in browser.acknowledged.items():
                    if value:
                        assert as_sent(stored[question_id]) == value, (seed, child_id, question_id)

            # Each text was given to Twilio at most once; each it answered for is settled with its SID, and each
            # claimed by a worker that was killed stays claimed for a person to resend, never sent again.
            given = Counter((request["To"], request["Body"]) for request in twilio.received)
            assert set(given.values()) <= {1}, (seed, given.most_common(3))
            sids = {(request["To"], request["Body"]): request["sid"] for request in twilio.received}
            texts = db.session.scalars(select(OutboundSms)).all()
            assert len(texts) == TEXTS
            statuses = Counter(text.status for text in texts)
            assert set(statuses) <= {MessageStatus.SENDING, MessageStatus.CLAIMED}, (seed, statuses)
            assert statuses[MessageStatus.CLAIMED] <= worker.kills, (seed, statuses)
            for text in texts:
                if text.status is MessageStatus.SENDING:
                    assert text.provider_sid == sids[(text.phone.number, text.body)]
                else:
                    assert text.provider_sid is None
            assert len(given) == statuses[MessageStatus.SENDING] + sum(
                (text.phone.number, text.body) in given for text in texts if text.status is MessageStatus.CLAIMED)
        finally:
            db.session.remove()
            db.drop_all()
            db.engine.dispose()
