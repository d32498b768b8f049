"""The questionnaire engine with every answer type and routing rule, on a questionnaire made for the test."""

from datetime import date

import pytest
from flask_babel import lazy_gettext as _l

from app.definitions.questionnaire import Audience, Kind, Option, Purpose, Question, Questionnaire, ShowIf
from app.definitions.standard_options import YES_NO_NOT_SURE
from app.extensions import db
from app.models import Submission
from app.questionnaires import registry
from tests.factories import create_child, create_invitation, create_staff

SAMPLE = Questionnaire(
    id="sample",
    title=_l("Sample"),
    name=_l("Sample"),
    audience=Audience.CHILD,
    purpose=Purpose.CONSULTATION,
    questions=(
        Question(id="pets", kind=Kind.YES_NO, title=_l("Do you have a pet?"), error_required=_l("Select if you have a pet"),
                 options=YES_NO_NOT_SURE),
        Question(id="pet_name", kind=Kind.TEXT, title=_l("What is your pet called?"), error_required=_l("Enter your pet's name"),
                 show_if=ShowIf("pets", ("yes",)), max_length=20),
        Question(id="invite", kind=Kind.MULTI, title=_l("Who do you want at your meeting?"),
                 error_required=_l("Select who you want at your meeting"),
                 options=(Option("mum", _l("Mum")), Option("carer", _l("My carer")),
                          Option("other", _l("Someone else"), other=True), Option("none", _l("No one else"), exclusive=True))),
        Question(id="safe", kind=Kind.YES_NO, title=_l("Do you feel safe?"), error_required=_l("Select if you feel safe"),
                 options=YES_NO_NOT_SURE, urgent_values=("no",)),
        Question(id="moving", kind=Kind.DATE, title=_l("When do you move?"), error_required=_l("Enter the date you move"),
                 optional=True),
        Question(id="else", kind=Kind.TEXT, title=_l("Anything else?"), error_required=_l("Tell us"), optional=True),
    ),
)


@pytest.fixture
def sample(app, browser):
    registry.QUESTIONNAIRES[SAMPLE.id] = SAMPLE
    child = create_child(iro=create_staff())
    browser.get(create_invitation(child, questionnaire=SAMPLE.id))
    browser.follow("Start now")
    yield child
    del registry.QUESTIONNAIRES[SAMPLE.id]


def submission_of(child) -> Submission:
    db.session.expire_all()
    return db.session.scalar(db.select(Submission).where(Submission.child_id == child.id))


def test_a_page_is_skipped_when_its_rule_does_not_match(browser, sample):
    browser.submit({"answer": "no"})
    assert browser.h1 == "Who do you want at your meeting?"
    browser.follow("Back")
    assert browser.h1 == "Do you have a pet?"


def test_a_page_is_shown_when_its_rule_matches(browser, sample):
    browser.submit({"answer": "yes"})
    assert browser.h1 == "What is your pet called?"


def test_a_skipped_page_cannot_be_opened_by_address(browser, sample):
    browser.submit({"answer": "no"})
    browser.get("/consultation/pet_name")
    assert browser.h1 == "Who do you want at your meeting?"


def finish(browser, pets="yes"):
    browser.submit({"answer": pets})
    if pets == "yes":
        browser.submit({"answer": "Biscuit"})
    browser.submit({"answer": ["mum", "other"], "other": "My nan"})
    browser.submit({"answer": "yes"})
    browser.submit({"day": "3", "month": "2", "year": "2027"})
    browser.submit({})


def test_changing_an_answer_takes_away_the_page_it_opened_and_its_answer(browser, sample):
    finish(browser)
    assert "Biscuit" in browser.text()
    browser.follow("Change Do you have a pet?")
    browser.submit({"answer": "no"})
    assert browser.h1 == "Check your answers"
    assert "What is your pet called?" not in browser.text()
    browser.submit()
    assert "pet_name" not in submission_of(sample).answer_values()


def test_changing_an_answer_asks_a_page_it_newly_opens_then_returns(browser, sample):
    finish(browser, pets="no")
    browser.follow("Change Do you have a pet?")
    browser.submit({"answer": "yes"})
    assert browser.h1 == "What is your pet called?"
    browser.submit({"answer": "Biscuit"})
    assert browser.h1 == "Check your answers"


def test_check_answers_shows_every_answer_type_as_words(browser, sample):
    finish(browser)
    text = browser.text()
    assert "Mum, Someone else, My nan" in text
    assert "3 February 2027" in text
    assert text.count("You skipped this") == 1


def test_multiple_choice_rules(browser, sample):
    browser.submit({"answer": "no"})
    browser.submit({"answer": ["mum", "none"]})
    assert browser.errors() == ["Select “No one else” on its own, or untick it"]
    browser.submit({"answer": ["other"], "other": ""})
    assert browser.errors() == ["Write what you mean in the box, or untick “Someone else”"]
    browser.submit({"answer": ["mum", "dad"]})
    assert browser.errors() == ["Select one of the options on this page"]
    browser.submit({"answer": ["other"], "other": "x" * 501})
    assert browser.errors() == ["Your answer must be 500 characters or fewer"]
    browser.submit({})
    assert browser.errors() == ["Select who you want at your meeting"]
    assert "invite" not in submission_of(sample).answer_values()
    assert submission_of(sample).answer_values() == {"pets": "no"}


@pytest.mark.parametrize(
    "parts, message",
    [
        ({"day": "", "month": "2", "year": "2027"}, "The date must include a day"),
        ({"day": "3", "month": "", "year": "2027"}, "The date must include a month"),
        ({"day": "31", "month": "2", "year": "2027"}, "Enter a real date"),
        ({"day": "3", "month": "2", "year": "27"}, "The year must be 4 numbers, for example 2027"),
        ({"day": "x", "month": "y", "year": "zzzz"}, "The year must be 4 numbers, for example 2027"),
        ({"day": "1", "month": "13", "year": "2027"}, "Enter a real date"),
    ],
)
def test_date_errors_are_specific_and_keep_what_was_typed(browser, sample, parts, message):
    browser.submit({"answer": "no"})
    browser.submit({"answer": ["carer"]})
    browser.submit({"answer": "yes"})
    browser.submit(parts)
    assert browser.errors() == [message]
    assert browser.page.find("input", attrs={"name": "day"})["value"] == parts["day"]
    assert submission_of(sample).answer_values().get("moving") is None


def test_an_optional_date_may_be_left_blank(browser, sample):
    browser.submit({"answer": "no"})
    browser.submit({"answer": ["carer"]})
    browser.submit({"answer": "yes"})
    browser.submit({"day": "", "month": "", "year": ""})
    assert browser.h1 == "Anything else?"
    assert submission_of(sample).answer_values()["moving"] == ""


def test_saying_not_safe_flags_at_once_and_shows_help_before_the_end(browser, sample):
    browser.submit({"answer": "no"})
    browser.submit({"answer": ["carer"]})
    browser.submit({"answer": "no"})
    assert browser.h1 == "Get help now"
    assert "0800 1111" in browser.text() and "85258" in browser.text()
    submission = submission_of(sample)
    assert submission.urgent_at is not None and submission.urgent_reason == "answer"
    assert submission.submitted_at is None
    browser.follow("Carry on with my answers")
    assert browser.h1 == "When do you move?"


def test_safeguarding_words_in_free_text_flag_the_submission(browser, sample):
    browser.submit({"answer": "yes"})
    browser.submit({"answer": "He hits me"})
    assert browser.h1 == "Get help now"
    assert submission_of(sample).urgent_reason == "words"


def test_ordinary_free_text_raises_no_flag(browser, sample):
    browser.submit({"answer": "yes"})
    browser.submit({"answer": "Biscuit"})
    assert browser.h1 == "Who do you want at your meeting?"
    assert submission_of(sample).urgent_at is None


def test_the_dont_feel_safe_button_flags_even_before_any_answer(browser, sample):
    browser.submit({}, form_index=1)
    assert browser.h1 == "Get help now"
    assert submission_of(sample).urgent_reason == "asked_for_help"


def test_exit_this_page_forgets_the_link(browser, sample):
    exit_link = browser.page.select_one(".govuk-exit-this-page a")
    response = browser.client.get(exit_link["href"])
    assert response.status_code == 302 and response.location.startswith("https://")
    browser.get("/consultation", status=404)


def test_today_is_a_real_date_for_the_date_question(browser, sample):
    today = date.today()
    browser.submit({"answer": "no"})
    browser.submit({"answer": ["carer"]})
    browser.submit({"answer": "yes"})
    browser.submit({"day": str(today.day), "month": str(today.month), "year": str(today.year)})
    assert submission_of(sample).answer_values()["moving"] == today.isoformat()


def test_a_child_may_skip_a_required_question(browser, sample):
    browser.submit({"skip": "yes"})
    assert browser.h1 == "Who do you want at your meeting?"
    assert submission_of(sample).answer_values() == {"pets": ""}
    browser.follow("Back")
    assert browser.h1 == "Do you have a pet?"


def test_skipped_questions_show_as_skipped(browser, sample):
    while browser.h1 != "Check your answers":
        browser.submit({"skip": "yes"})
    assert browser.text().count("You skipped this") == 5
    assert "Not provided" not in browser.text()


def test_adults_cannot_skip_a_required_question(app, browser):
    child = create_child(iro=create_staff())
    browser.get(create_invitation(child, questionnaire="parent"))
    browser.follow("Start now")
    first = browser.h1
    assert browser.page.find("button", attrs={"name": "skip"}) is None
    browser.submit({"skip": "yes"})
    assert browser.h1 == first and browser.errors()


def test_after_i_dont_feel_safe_the_child_carries_on_where_they_were(browser, sample):
    browser.submit({"answer": "no"})
    assert browser.h1 == "Who do you want at your meeting?"
    browser.submit({}, form_index=1)
    assert browser.h1 == "Get help now"
    browser.follow("Carry on with my answers")
    assert browser.h1 == "Who do you want at your meeting?"
