"""Bad or tampered answers get a clear message on their own page, and nothing saved is lost."""

import pytest

from app.extensions import db
from app.models import Submission
from app.questionnaires.registry import get
from tests.factories import create_child, create_invitation, create_staff

QUESTIONNAIRE = get("child_8_11")


def open_consultation(browser):
    child = create_child(iro=create_staff())
    browser.get(create_invitation(child))
    browser.follow("Start now")
    return child


def saved(child):
    db.session.expire_all()
    return db.session.scalar(db.select(Submission).where(Submission.child_id == child.id)).answer_values()


def go_to(browser, question_id):
    """Answer every required page before this one (optional pages are skipped)."""
    for question in QUESTIONNAIRE.questions:
        if question.id == question_id:
            return
        browser.submit({"answer": question.options[0].value} if question.options else {})


@pytest.mark.parametrize("question", [q for q in QUESTIONNAIRE.questions if not q.optional], ids=lambda q: q.id)
def test_each_required_question_has_its_own_error(browser, question):
    child = open_consultation(browser)
    go_to(browser, question.id)
    browser.submit({})
    assert browser.h1 == str(question.title)
    assert browser.errors() == [str(question.error_required)]
    assert browser.page.select_one(".govuk-error-message").get_text(strip=True).endswith(str(question.error_required))
    assert browser.page.title.string.startswith("Error:")
    before = [q.id for q in QUESTIONNAIRE.questions[: QUESTIONNAIRE.questions.index(question)]]
    if before:
        assert sorted(saved(child)) == sorted(before)


def test_unknown_choice_is_refused_and_earlier_answers_kept(browser):
    child = open_consultation(browser)
    browser.submit({"answer": "yes"})
    browser.submit({"answer": "definitely-not-an-option"})
    assert browser.h1 == "How have you felt lately?"
    assert browser.errors() == ["Select one of the options on this page"]
    assert saved(child) == {"share_words": "yes"}


def test_over_long_text_is_refused_and_kept_on_the_page(browser):
    child = open_consultation(browser)
    go_to(browser, "going_well")
    too_long = "a" * 501
    browser.submit({"answer": too_long})
    assert browser.errors() == ["Your answer must be 500 characters or fewer"]
    assert browser.page.find("textarea").get_text() == too_long
    assert "going_well" not in saved(child)


def test_exactly_the_limit_is_accepted(browser):
    child = open_consultation(browser)
    go_to(browser, "going_well")
    browser.submit({"answer": "b" * 500})
    assert saved(child)["going_well"] == "b" * 500


def test_missing_csrf_token_is_a_clear_400_and_nothing_is_lost(browser):
    child = open_consultation(browser)
    browser.submit({"answer": "yes"})
    browser.submit({"answer": "4"}, csrf=False, status=400)
    assert browser.h1 == "This page has timed out"
    assert saved(child) == {"share_words": "yes"}


def test_unknown_question_page_is_not_found(browser):
    open_consultation(browser)
    browser.get("/consultation/no-such-question", status=404)


@pytest.mark.parametrize("value", ["", " ", "\x00", "é" * 10_000, "<script>alert(1)</script>"])
def test_odd_values_never_give_a_server_error(browser, value):
    open_consultation(browser)
    response = browser.client.post("/consultation/feeling", data={"answer": value, "csrf_token": "forged"})
    assert response.status_code == 400


def test_text_is_escaped_when_shown_back(browser):
    child = open_consultation(browser)
    go_to(browser, "going_well")
    browser.submit({"answer": "<b>bold</b> & <script>x()</script>"})
    browser.follow("Back")
    assert browser.page.find("textarea").get_text() == "<b>bold</b> & <script>x()</script>"
    assert browser.page.find("script", string="x()") is None
    assert saved(child)["going_well"] == "<b>bold</b> & <script>x()</script>"
