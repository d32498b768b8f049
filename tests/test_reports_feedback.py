"""Feedback after reviews, answered on the web pages, printed as IRO annual reports print it ("97% felt welcomed")."""

import csv
import io
from datetime import date, timedelta
from urllib.parse import urlencode

import pytest

from app.models import Respondent, Role
from tests.conftest import sign_in
from tests.factories import create_staff
from tests.helpers.journeys import SKIP, YOUNG_PEOPLE, give_feedback

ADULTS = [
    {"welcomed": "agree", "contribute": "agree", "reports_in_time": "not_apply",
     "understood_discussion": "neither", "understood_decisions": "agree", "went_well": "The IRO explained everything.",
     "could_be_better": SKIP},
    {"welcomed": "disagree", "contribute": "agree", "reports_in_time": "disagree",
     "understood_discussion": "agree", "understood_decisions": "agree", "went_well": SKIP,
     "could_be_better": "=I got the reports the night before."},
    {"welcomed": "agree", "contribute": "agree", "reports_in_time": "agree",
     "understood_discussion": "agree", "understood_decisions": "agree", "went_well": SKIP, "could_be_better": SKIP},
    {"welcomed": "agree", "contribute": "neither", "reports_in_time": "not_apply",
     "understood_discussion": "agree", "understood_decisions": "disagree", "went_well": SKIP, "could_be_better": SKIP},
]

ADULT_RESPONDENTS = [Respondent.PARENT, Respondent.PARENT, Respondent.CARER, Respondent.PROFESSIONAL]


@pytest.fixture
def feedback_given(new_browser):
    for answers in YOUNG_PEOPLE:
        give_feedback(new_browser(), "feedback_young_person", answers, Respondent.CHILD)
    # Who each adult is comes from their invitation: the form does not ask it again.
    for answers, respondent in zip(ADULTS, ADULT_RESPONDENTS):
        give_feedback(new_browser(), "feedback_adult", answers, respondent)


@pytest.fixture
def report_page(browser, feedback_given):
    sign_in(browser, create_staff(role=Role.MANAGER))
    period = {"from": (date.today() - timedelta(days=30)).isoformat(), "to": (date.today() + timedelta(days=1)).isoformat()}
    browser.get("/staff/reports/annual?" + urlencode(period))
    return browser


def sentences(browser, role: str) -> list[str]:
    heading = browser.page.find(id=f"feedback-{role}")
    return [" ".join(li.get_text().split()) for li in heading.find_next("ul").find_all("li")]


def test_feedback_is_printed_as_annual_reports_print_it(report_page):
    assert " ".join(report_page.page.find(id="feedback-young_person").get_text().split()) == "Young people: 3 forms"
    assert sentences(report_page, "young_person") == [
        "100% felt welcomed",  # 2 of the 2 who answered; the one who skipped is not counted
        "67% understood what was discussed",  # "a bit" answered, but is not positive
        "67% felt involved",
        "67% felt all the important things were talked about",
        "67% understood what was decided",
    ]
    assert " ".join(report_page.page.find(id="feedback-parent").get_text().split()) == "Parents: 2 forms"
    assert sentences(report_page, "parent") == [
        "50% felt welcomed by the IRO",
        "100% had the chance to say what they wanted",
        "0% got the reports in time to read them",  # of 1: "does not apply" is left out
        "50% understood what was discussed",  # "neither" answered, but is not positive
        "100% understood what was decided",
    ]
    assert sentences(report_page, "carer")[0] == "100% felt welcomed by the IRO"
    assert sentences(report_page, "professional") == [
        "100% felt welcomed by the IRO",
        "0% had the chance to say what they wanted",
        "No one answered: Reports in time",
        "100% understood what was discussed",
        "0% understood what was decided",
    ]


def test_each_feedback_chart_is_followed_by_its_table(report_page):
    chart = report_page.page.find(id="chart-feedback-parent")
    assert [" ".join(item.get_text().split()) for item in chart.find_all(["dt", "dd"])][:2] == ["Felt welcomed", "50%"]
    follows = chart.find_next("table")
    assert follows["id"] == "feedback-parent-table"
    rows = [[" ".join(c.get_text().split()) for c in row.find_all(["th", "td"])] for row in follows.select("tbody tr")]
    assert rows[:3] == [
        ["Felt welcomed", "2", "1", "50%"],
        ["Chance to say what I wanted", "2", "2", "100%"],
        ["Reports in time", "1", "0", "0%"],
    ]


def test_comments_are_quoted_with_the_writers_role(report_page):
    quoted = [" ".join(figure.get_text().split()) for figure in report_page.page.select("figure")]
    assert quoted == [
        "Anything else “My IRO listened to me.” – Young person",
        "What went well? “The IRO explained everything.” – Parent",
        "What could have been better? “=I got the reports the night before.” – Parent",
    ]


def test_feedback_downloads_match_the_page_and_comments_cannot_become_formulas(report_page):
    figures = report_page.client.get(report_page.page.find("a", string="Download these figures (JSON)")["href"]).get_json()
    parents = next(role for role in figures["feedback"] if role["role"] == "parent")
    # Two parents: the page (in the workspace) prints their figures; the download, for publishing, withholds them.
    assert parents["forms"] == "fewer than 6"
    assert [q["sentence"] for q in parents["questions"]] == [
        f"{label} – withheld: fewer than 10 answers"
        for label in ("Felt welcomed", "Chance to say what I wanted", "Reports in time", "Understood the discussion", "Understood the decisions")
    ]
    assert parents["questions"][2] == {
        "question": "reports_in_time", "label": "Reports in time", "answering": "fewer than 6", "positive": 0,
        "percent": "withheld: fewer than 10 answers", "sentence": "Reports in time – withheld: fewer than 10 answers",
    }
    assert [(c["signature"], c["text"]) for c in figures["comments"]] == [
        ("Young person", "My IRO listened to me."),
        ("Parent", "The IRO explained everything."),
        ("Parent", "=I got the reports the night before."),
    ]

    download = report_page.client.get(report_page.page.find("a", string="Download these figures (CSV)")["href"])
    rows = list(csv.DictReader(io.StringIO(download.get_data(as_text=True).lstrip("\ufeff"))))
    welcomed = next(r for r in rows if r["section"] == "feedback_young_person" and r["item"] == "welcomed")
    assert (welcomed["count"], welcomed["out_of"], welcomed["percent"], welcomed["text"]) == (
        "fewer than 6", "fewer than 6", "withheld: fewer than 10 answers", "Feeling welcome – withheld: fewer than 10 answers")
    comments = [r["text"] for r in rows if r["section"].startswith("comments_")]
    assert comments == [
        "My IRO listened to me. – Young person",
        "The IRO explained everything. – Parent",
        "'=I got the reports the night before. – Parent",  # a spreadsheet shows it, and never runs it
    ]


def test_comments_never_reach_the_logs(report_page, caplog):
    with caplog.at_level("DEBUG"):
        report_page.get(report_page.response.request.full_path)
        report_page.client.get("/staff/reports/annual.csv")
    assert "listened to me" not in caplog.text and "explained everything" not in caplog.text
