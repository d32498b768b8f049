"""What the report tells people is true: small numbers never leave the workspace, and reviews with no participation
code are not counted as children who did not convey their views. Read as a person and a program would read them."""

import csv
import io
import json
import re
from datetime import date, timedelta
from urllib.parse import urlencode

import pytest

from app.extensions import db
from app.models import Child, ParticipationCode, Respondent, Review, Role
from tests.conftest import sign_in
from tests.factories import create_child, create_staff
from tests.helpers.journeys import YOUNG_PEOPLE, give_feedback, send_views
from tests.helpers.staff_pages import table

YEAR = {"from": "2019-04-01", "to": "2020-03-31"}
COUNT_COLUMNS = ("count", "out_of", "previous_count", "previous_out_of")


def held_in_2019(codes: list[ParticipationCode | None]) -> None:
    """One child aged 10 a review, held on time in 2019/20 with each code (None: no code recorded)."""
    for number, code in enumerate(codes):
        child = Child(reference=f"P{number:04d}", first_name="Sam", last_name=f"Held{number}",
                      date_of_birth=date(2009, 6, 15), looked_after_since=date(2018, 1, 1))
        held = date(2019, 5, 1) + timedelta(days=number)
        child.reviews.append(Review(due_on=held, held_on=held, participation_code=code))
        db.session.add(child)
    db.session.commit()


@pytest.fixture
def manager(browser):
    sign_in(browser, create_staff(role=Role.MANAGER))
    return browser


def open_report(manager, period: dict) -> None:
    manager.get("/staff/")
    manager.follow("Reports")
    form = manager.page.find("form", attrs={"method": "get"})
    boxes = {}
    for end in ("from", "to"):
        year, month, day = period[end].split("-")
        boxes |= {f"{end}-day": str(int(day)), f"{end}-month": str(int(month)), f"{end}-year": year}
    manager.get(form["action"] + "?" + urlencode(boxes))


def downloads(manager) -> tuple[dict, list[dict]]:
    page = manager.page
    figures = json.loads(manager.client.get(page.find("a", string="Download these figures (JSON)")["href"]).get_data(as_text=True))
    text = manager.client.get(page.find("a", string="Download these figures (CSV)")["href"]).get_data(as_text=True)
    return figures, list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))


def small_numbers_in(rows: list[dict]) -> list[tuple]:
    """Every count from 1 to 5 a spreadsheet would show, and every percentage of fewer than 10."""
    found = []
    for row in rows:
        for column in COUNT_COLUMNS:
            if re.fullmatch(r"[1-5]", row[column]):
                found.append((row["section"], row["item"], column, row[column]))
        for pct, out_of in (("percent", "out_of"), ("previous_percent", "previous_out_of")):
            if row[pct] and not row[pct].startswith("withheld") and (row[out_of] == "fewer than 6" or 0 < int(row[out_of] or 0) < 10):
                found.append((row["section"], row["item"], pct, row[pct]))
    return found


def test_the_page_for_children_never_makes_one_form_into_100_out_of_every_100(manager, new_browser):
    give_feedback(new_browser(), "feedback_young_person", YOUNG_PEOPLE[0], Respondent.CHILD)  # held yesterday
    db.session.scalar(db.select(Review).where(Review.held_on.is_not(None))).participation_code = ParticipationCode.PN1
    db.session.commit()
    send_views(new_browser(), create_child(iro=create_staff()))
    today = date.today()
    open_report(manager, {"from": (today - timedelta(days=30)).isoformat(), "to": today.isoformat()})
    manager.follow("The figures for children in care, in plain words")
    text = manager.text()
    assert "100 out of every 100" not in text
    facts = [" ".join(p.get_text().split()) for p in manager.page.select(".app-report-fact p")]
    assert facts == [
        "There were fewer than 6 reviews.",
        "There were too few reviews to say how many happened on time.",
        "There were too few reviews of children aged 4 and over to say how many children told the meeting what they think.",
        "Fewer than 6 children and young people used Listen to Me to tell their IRO what they think before their review.",
        "We asked young people about their review afterwards. Fewer than 10 answered, so we keep what they said private.",
    ]
    assert "Why some numbers are missing: when only a few children are in a number, we do not print it" in text


def test_published_figures_hold_no_count_from_1_to_5_and_no_percentage_of_fewer_than_10(app, manager, new_browser):
    held_in_2019([ParticipationCode.PN1] * 12 + [ParticipationCode.PN7] * 3)
    open_report(manager, YEAR)
    figures, rows = downloads(manager)

    assert small_numbers_in(rows) == []
    by_item = {(row["section"], row["item"]): row for row in rows}
    assert by_item["note", "small_numbers"]["text"] == (
        "Small numbers are not published, so that no child or family can be picked out: a number from 1 to 5 is shown as "
        "“fewer than 6”, and a percentage is withheld when it is of fewer than 10 answers or its number is fewer than 6."
    )
    pn7 = by_item["participation", "PN7"]
    assert (pn7["count"], pn7["out_of"], pn7["percent"]) == ("fewer than 6", "15", "withheld: fewer than 6")
    assert (by_item["participation", "PN1"]["count"], by_item["participation", "PN1"]["percent"]) == ("12", "80.0")

    assert figures["small_numbers"]["note"] == by_item["note", "small_numbers"]["text"]
    codes = {code["code"]: code for code in figures["participation"]["codes"]}
    assert (codes["PN7"]["count"], codes["PN7"]["percent"]) == ("fewer than 6", "withheld: fewer than 6")
    assert (codes["PN1"]["count"], codes["PN1"]["percent"]) == (12, 80.0)
    assert (codes["PN2"]["count"], codes["PN2"]["percent"]) == (0, 0.0)  # 0 points at no one

    # The command line prints the same published figures, with the same note.
    result = app.test_cli_runner().invoke(args=["report", "annual", "--from", YEAR["from"], "--to", YEAR["to"], "--format", "csv"])
    assert result.exit_code == 0, result.output
    printed = list(csv.DictReader(io.StringIO(result.output)))
    assert small_numbers_in(printed) == [] and printed[0]["text"] == figures["small_numbers"]["note"]


def test_the_workspace_page_shows_exact_figures_and_says_which_are_not_published(manager):
    held_in_2019([ParticipationCode.PN1] * 12 + [ParticipationCode.PN7] * 3)
    open_report(manager, YEAR)
    assert table(manager.page, "participation-table")[7] == ["PN7", "Did not attend, and their views were not conveyed", "3", "20.0%", "0", "no figure"]
    notes = [" ".join(li.get_text().split()) for li in manager.page.find(id="participation-table-when-published").find_all("li")]
    assert notes == [
        "PN7, Reviews: 3 here, published as “fewer than 6”",
        "PN7, Percentage: 20.0% here, published as “withheld: fewer than 6”",
    ]
    assert "This page shows exact figures, as it stays in the workspace." in manager.text()


def test_reviews_with_no_participation_code_are_their_own_line_and_not_in_the_percentages(manager):
    held_in_2019([ParticipationCode.PN1] * 24 + [ParticipationCode.PN7] * 6 + [None] * 10)
    open_report(manager, YEAR)
    rows = table(manager.page, "participation-table")
    assert rows[1][2:4] == ["24", "80.0%"]  # of the 30 with a code, not of all 40
    assert rows[7][2:4] == ["6", "20.0%"]
    assert rows[8][:4] == ["None", "No participation code recorded", "10", "left out of the percentages"]
    assert rows[9][:3] == ["Total", "Reviews held", "40"]
    assert rows[10][:3] == ["Recorded", "Reviews with a participation code recorded: the percentages are of these", "30"]
    assert rows[11][2:4] == ["24 of 30", "80.0%"]
    assert ("80.0% of children aged 4 or over conveyed their views to their review (24 of 30 reviews). 10 reviews held had no "
            "participation code recorded: they are left out, not counted as views not conveyed.") in manager.text()

    figures, csv_rows = downloads(manager)
    none = next(code for code in figures["participation"]["codes"] if code["code"] is None)
    assert none == {"code": None, "meaning": "No participation code recorded", "count": 10, "percent": None}
    assert figures["participation"]["reviews_with_a_code_recorded"] == 30
    assert (figures["participation"]["conveyed_views"], figures["participation"]["conveyed_views_percent"]) == (24, 80.0)
    by_item = {(row["section"], row["item"]): row for row in csv_rows}
    assert (by_item["participation", "none"]["count"], by_item["participation", "none"]["percent"]) == ("10", "")
    assert [by_item["participation", "conveyed_views_aged_4_plus"][k] for k in ("count", "out_of", "percent")] == ["24", "30", "80.0"]
