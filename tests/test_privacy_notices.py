"""The privacy notices: one for each age band of children and one for adults, naming the data controller, reached from
every page's footer and from the start of each consultation, and written for a reading age of 9 for children."""

import re

import pytest
import textstat

from app import create_app
from app.extensions import db
from app.invitations.tokens import create_invitation as make_invitation
from app.models import Respondent
from app.security import UnsafeConfiguration
from tests.factories import create_child, create_staff
from tests.helpers.production import council_settings, production_secrets

# The same measures as the questionnaires' (a reading age of 9): the whole notice, and each sentence long enough to measure.
WHOLE_GRADE_AT_MOST = 4
WHOLE_EASE_AT_LEAST = 80
STRING_GRADE_AT_MOST = 8
STRING_MIN_WORDS = 6

EMAIL = re.compile(r"\S+@\S+?(?=\.?(\s|$))")

CHILDREN = {
    "ages-4-to-7": "What we do with your words",
    "ages-8-to-11": "What we do with your answers",
    "ages-12-to-15": "Your answers: what we keep and why",
    "ages-16-to-18": "How we use what you tell us",
}
NOTICES = {**CHILDREN, "adults": "Privacy notice for parents, carers and professionals"}

# Each consultation, who answers it, and the notice its start page links to.
CONSULTATIONS = [
    ("child_4_7", 5, Respondent.CHILD, "ages-4-to-7"),
    ("child_8_11", 9, Respondent.CHILD, "ages-8-to-11"),
    ("child_12_15", 13, Respondent.CHILD, "ages-12-to-15"),
    ("young_person_16_18", 17, Respondent.CHILD, "ages-16-to-18"),
    ("parent", 9, Respondent.PARENT, "adults"),
    ("carer", 9, Respondent.CARER, "adults"),
]


def open_notice_from_footer(browser, path: str, title: str):
    browser.get(path)
    footer = browser.page.find("footer")
    privacy = footer.find("a", string=lambda s: s and s.strip() == "Privacy")
    browser.get(privacy["href"])
    assert browser.h1 == "How we use what you tell us"
    return browser.follow(title)


@pytest.mark.parametrize("notice", NOTICES)
def test_each_notice_is_reached_from_the_footer_and_names_the_data_controller(browser, app, notice):
    app.config.update(DATA_CONTROLLER_NAME="Anytown Children's Services", DATA_PROTECTION_OFFICER_EMAIL="dpo@anytown.example.org")
    titles = {
        "ages-4-to-7": "For children aged 4 to 7 (with pictures)",
        "ages-8-to-11": "For children aged 8 to 11",
        "ages-12-to-15": "For young people aged 12 to 15",
        "ages-16-to-18": "For young people aged 16 to 18",
        "adults": "For parents, carers and professionals",
    }
    open_notice_from_footer(browser, "/help", titles[notice])
    assert browser.response.request.path == f"/privacy/{notice}"
    assert browser.h1 == NOTICES[notice]
    assert "Anytown Children's Services" in browser.text()
    assert "ICO" in browser.text() and "12 months" in browser.text()


def test_the_controller_is_the_council_unless_named_and_the_months_kept_are_configured(browser, app):
    app.config["RETENTION_MONTHS"] = 6
    browser.get("/privacy/adults")
    assert "Anytown Council is the data controller" in browser.text()
    assert "data.protection@anytown.example.org" in browser.text()
    assert "for 6 months after the review" in browser.text()


def test_the_picture_notice_has_a_picture_beside_each_line(browser, app):
    page = browser.get("/privacy/ages-4-to-7")
    assert "app-pictures" in page.body["class"]
    facts = page.select(".app-report-fact")
    assert len(facts) >= 6 and all(fact.find("img", alt="") for fact in facts)


def test_the_footer_of_staff_and_consultation_pages_links_to_the_notices(browser, app):
    child = create_child(iro=create_staff(), age=9)
    _, token = make_invitation(child, child.next_review, "child_8_11")
    db.session.commit()
    for path in (f"/c/{token}", "/staff/sign-in", "/"):
        open_notice_from_footer(browser, path, "For parents, carers and professionals")
        assert browser.h1 == NOTICES["adults"]


@pytest.mark.parametrize(("questionnaire", "age", "respondent", "notice"), CONSULTATIONS)
def test_the_start_page_links_to_the_notice_for_the_person_answering(browser, app, questionnaire, age, respondent, notice):
    child = create_child(iro=create_staff(), age=age)
    invitation, token = make_invitation(child, child.next_review, questionnaire)
    invitation.respondent = respondent
    db.session.commit()
    browser.get(f"/c/{token}")
    browser.follow("What we do with your answers" if respondent is Respondent.CHILD else "How we use your information")
    assert browser.response.request.path == f"/privacy/{notice}"
    assert browser.h1 == NOTICES[notice]


def test_an_older_child_given_the_picture_version_gets_the_picture_notice(browser, app):
    child = create_child(iro=create_staff(), age=10)
    _, token = make_invitation(child, child.next_review, "child_4_7")
    db.session.commit()
    browser.get(f"/c/{token}")
    browser.follow("What we do with your answers")
    assert browser.h1 == NOTICES["ages-4-to-7"]


def test_an_unknown_notice_is_not_found(browser, app):
    browser.get("/privacy/ages-1-to-2", status=404)


def child_facing(page) -> list[str]:
    """Every heading, line and list item the child reads on the page, each once. An email address is copied, not
    read as words, so it is left out of what is measured."""
    main = page.find("main")
    strings = [EMAIL.sub("", " ".join(tag.get_text(" ").split())).strip() for tag in main.find_all(["h1", "h2", "p", "li"])]
    return list(dict.fromkeys(s for s in strings if s))


def as_text(strings: list[str]) -> str:
    return " ".join(s if s.rstrip()[-1] in ".?!" else f"{s}." for s in strings)


@pytest.mark.parametrize("notice", CHILDREN)
def test_each_childrens_notice_reads_at_age_9(browser, app, notice):
    strings = child_facing(browser.get(f"/privacy/{notice}"))
    hard = [(round(textstat.flesch_kincaid_grade(s), 1), s) for s in strings if len(s.split()) >= STRING_MIN_WORDS]
    assert [(grade, s) for grade, s in hard if grade > STRING_GRADE_AT_MOST] == []
    text = as_text(strings)
    grade, ease = textstat.flesch_kincaid_grade(text), textstat.flesch_reading_ease(text)
    assert grade <= WHOLE_GRADE_AT_MOST, f"Flesch-Kincaid grade {grade:.1f}"
    assert ease >= WHOLE_EASE_AT_LEAST, f"Flesch reading ease {ease:.1f}"


def test_the_adults_notice_would_fail_the_childrens_reading_check(browser, app):
    """The check above can fail: the adults' notice, fine for adults, is too hard for a child of 9."""
    text = as_text(child_facing(browser.get("/privacy/adults")))
    assert textstat.flesch_kincaid_grade(text) > WHOLE_GRADE_AT_MOST


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"DATA_PROTECTION_OFFICER_EMAIL": ""}, "Set DATA_PROTECTION_OFFICER_EMAIL"),
        ({"DATA_CONTROLLER_NAME": "", "COUNCIL_NAME": " "}, "Set DATA_CONTROLLER_NAME (or COUNCIL_NAME)"),
    ],
)
def test_production_will_not_start_without_a_controller_or_its_officer(tmp_path, settings, message):
    safe = {
        **production_secrets(), **council_settings(), "PUBLIC_BASE_URL": "https://listen.example.org",
        "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path}/p.sqlite",
    }
    assert create_app("production", **safe).config["PRODUCTION"]
    with pytest.raises(UnsafeConfiguration, match="Listen to Me will not start") as refused:
        create_app("production", **{**safe, **settings})
    assert message in str(refused.value)
