"""When PostgreSQL goes away: the child keeps what they typed on a calm page, staff get a calm page, /healthz says so,
and nothing is half-written. The app reaches PostgreSQL through a relay the test cuts (tests/helpers/databases.py)."""

import pytest
from sqlalchemy import func, select

from app import create_app
from app.extensions import db
from app.models import Submission
from tests.conftest import Browser, IsolatedClient, sign_in
from tests.factories import create_child, create_invitation, create_staff
from tests.helpers.databases import CuttablePostgres
from tests.helpers.journeys import ANSWERS

TYPED = "I got into the football team"


@pytest.fixture
def relay(postgres_url):
    relay = CuttablePostgres(postgres_url)
    app = create_app("test", SQLALCHEMY_DATABASE_URI=relay.url)
    app.test_client_class = IsolatedClient
    with app.app_context():
        db.drop_all()
        db.create_all()
        relay.app = app
        try:
            yield relay
        finally:
            relay.mend()
            db.session.remove()
            db.drop_all()
            db.engine.dispose()
            relay.close()


def let_go() -> None:
    """The test's own session holds no connection while the relay is cut (the pool checks each before use)."""
    db.session.close()


def answer_until(browser: Browser, question_id: str) -> None:
    for answered, value in ANSWERS.items():
        if answered == question_id:
            return
        browser.submit({"answer": value} if value else {})


def saved_answers(child_id: int) -> dict:
    db.session.expire_all()
    submission = db.session.scalar(select(Submission).where(Submission.child_id == child_id))
    return submission.answer_values() if submission else {}


def test_a_child_whose_answer_cannot_be_saved_keeps_it_on_a_calm_page(relay):
    iro = create_staff()
    child = create_child(iro=iro, first_name="Ruby")
    staff = Browser(relay.app.test_client())
    sign_in(staff, iro)
    browser = Browser(relay.app.test_client())
    browser.get(create_invitation(child))
    browser.follow("Start now")
    answer_until(browser, "going_well")
    question, name, language, child_id = browser.h1, child.first_name, child.preferred_language, child.id

    let_go()
    relay.cut()
    browser.submit({"answer": TYPED}, status=503)
    assert browser.response.headers["Retry-After"] == "60"
    assert browser.h1 == question
    assert "We could not save this answer just now" in browser.text()
    assert "Your other answers are safe" in browser.text()
    assert browser.page.find("textarea", attrs={"name": "answer"}).get_text() == TYPED
    assert browser.page.html["lang"] == language

    staff.get("/staff/", status=503)
    assert staff.h1 == "Sorry, the service is not available just now"
    assert "Everything you saved before is safe" in staff.text()
    assert TYPED not in staff.text() and name not in staff.text()
    health = relay.app.test_client().get("/healthz")
    assert health.status_code == 503 and health.json["database"] == "unavailable"

    relay.mend()
    assert relay.app.test_client().get("/healthz").json["database"] == "ok"
    # Pressing Continue again sends what is in the box, as the page shows it.
    browser.submit({"answer": browser.page.find("textarea", attrs={"name": "answer"}).get_text()})
    assert browser.h1 != question and browser.response.request.path != "/consultation/going_well"
    assert saved_answers(child_id)["going_well"] == TYPED
    staff.get("/staff/")
    assert staff.h1 == "Caseload"


def test_a_child_who_does_not_feel_safe_is_shown_where_to_get_help_while_the_database_is_down(relay):
    child = create_child(iro=create_staff())
    browser = Browser(relay.app.test_client())
    browser.get(create_invitation(child))
    browser.follow("Start now")

    let_go()
    relay.cut()
    browser.submit({}, form_index=1)  # "I don't feel safe"
    assert browser.h1 == "Get help now"
    assert "If you are in danger now, call 999." in browser.text() and "Childline" in browser.text()
    browser.get("/consultation/get-help")
    assert browser.h1 == "Get help now"


def test_an_answer_cut_off_at_commit_leaves_nothing_half_written(relay):
    child = create_child(iro=create_staff())
    browser = Browser(relay.app.test_client())
    browser.get(create_invitation(child))
    browser.follow("Start now")
    first, child_id = browser.h1, child.id

    let_go()
    relay.cut_at_commit()
    browser.submit({"answer": ANSWERS["share_words"]}, status=503)
    assert browser.h1 == first and "We could not save this answer just now" in browser.text()
    chosen = browser.page.find("input", attrs={"name": "answer", "checked": True})
    assert chosen["value"] == ANSWERS["share_words"]

    relay.mend()
    # The first answer would have begun the child's submission: neither it nor the answer was kept.
    assert db.session.scalar(select(func.count(Submission.id)).where(Submission.child_id == child_id)) == 0
    browser.submit({"answer": chosen["value"]})
    assert browser.h1 != first
    assert saved_answers(child_id) == {"share_words": ANSWERS["share_words"]}
