"""Inputs that once gave a server error: each now gets a 404, or a clear message on the page it came from.

They must pass on SQLite and on PostgreSQL (which refuses NUL characters in text and overflows on 20-digit ids)."""

from urllib.parse import urlencode

import pytest

from app.extensions import db
from app.inputs import MAX_ID
from app.models import Contact, Role
from app.questionnaires.registry import get
from tests.conftest import sign_in
from tests.factories import create_child, create_invitation, create_staff, totp_code
from tests.helpers.staff_pages import open_record_page, upload
from tests.helpers.walking import form_data

TWENTY_DIGITS = "9" * 20


@pytest.mark.parametrize("path", ["/staff/children/{id}", "/staff/views/{id}", "/staff/children/{id}/reviews/{id}/held"])
@pytest.mark.parametrize("number", [TWENTY_DIGITS, str(MAX_ID + 1), "9" * 5000])
def test_an_id_too_large_for_the_database_is_not_found(browser, path, number):
    sign_in(browser, create_staff(role=Role.MANAGER))
    browser.get(path.format(id=number), status=404)
    assert browser.h1 == "Page not found"


def test_the_largest_id_the_database_holds_is_simply_not_found(browser):
    sign_in(browser, create_staff(role=Role.MANAGER))
    browser.get(f"/staff/children/{MAX_ID}", status=404)


@pytest.mark.parametrize("typed", [TWENTY_DIGITS, "²", "١٢٣٤٥٦٧٨٩٠١"])
def test_an_odd_id_in_a_form_is_not_found(browser, typed):
    iro = create_staff()
    child = create_child(iro=iro)
    sign_in(browser, iro)
    token = browser.get(f"/staff/children/{child.id}").find("input", attrs={"name": "csrf_token"})["value"]
    for action, field in (("invitations/revoke", "invitation_id"), ("contacts/remove", "contact_id")):
        response = browser.client.post(f"/staff/children/{child.id}/{action}", data={"csrf_token": token, field: typed})
        assert response.status_code == 404, (action, response.status_code)


@pytest.mark.parametrize("page", [TWENTY_DIGITS, "²", "-1", "9" * 5000])
def test_an_odd_page_number_shows_the_caseload(browser, page):
    iro = create_staff()
    create_child(iro=iro, first_name="Ferdinand")
    sign_in(browser, iro)
    browser.get(f"/staff/?page={page}")
    assert "Ferdinand" in browser.text()


def test_a_twenty_digit_year_in_a_childs_date_answer_is_a_clear_error(browser):
    child = create_child(iro=create_staff(), age=17)
    questionnaire = get("young_person_16_18")
    browser.get(create_invitation(child, "young_person_16_18"))
    browser.follow("Start now")
    answers = {"live_next": {"answer": "own_place"}}
    while not browser.response.request.path.endswith("/move_date"):
        question = questionnaire.question(browser.response.request.path.rsplit("/", 1)[1])
        browser.submit(answers.get(question.id) or form_data(questionnaire, question))
    for day, month, year in (("1", "9", TWENTY_DIGITS), (TWENTY_DIGITS, "9", "2027"), ("1", TWENTY_DIGITS, "2027")):
        browser.submit({"day": day, "month": month, "year": year})
        assert browser.response.request.path.endswith("/move_date")
        assert len(browser.errors()) == 1 and browser.page.title.string.startswith("Error:")
    browser.submit({"day": "1", "month": "9", "year": "2027"})
    assert not browser.response.request.path.endswith("/move_date")


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"from-day": "1", "from-month": "4", "from-year": TWENTY_DIGITS, "to-day": "31", "to-month": "3", "to-year": "2020"},
         "The start date must be a real date, like 1 4 2019"),
        ({"from-day": "1", "from-month": "4", "from-year": "2019", "to-day": TWENTY_DIGITS, "to-month": "3", "to-year": "2020"},
         "The end date must be a real date, like 31 3 2020"),
        ({"from": "9998-01-01", "to": "9999-12-31"}, "The end date must be in the year 2099 or earlier"),
        ({"from-day": "1", "from-month": "1", "from-year": "9999", "to-day": "31", "to-month": "12", "to-year": "9999"},
         "The end date must be in the year 2099 or earlier"),
    ],
)
def test_a_report_period_with_an_impossible_year_is_explained_on_the_page(browser, query, message):
    sign_in(browser, create_staff(role=Role.MANAGER))
    browser.get("/staff/reports/annual?" + urlencode(query))
    assert browser.errors() == [message]


def test_a_twenty_digit_date_for_a_review_held_is_a_clear_error(browser):
    iro = create_staff()
    child = create_child(iro=iro, age=10)
    open_record_page(browser, iro, child)
    for day, month, year in (("1", "1", TWENTY_DIGITS), (TWENTY_DIGITS, "1", "2026"), ("1", TWENTY_DIGITS, "2026")):
        browser.submit({"day": day, "month": month, "year": year, "code": "PN1"})
        assert browser.h1 == "Record the review as held"
        assert browser.errors() == ["Enter a real date, for example 27 3 2026"]


def test_a_children_file_of_only_commas_is_empty(browser):
    sign_in(browser, create_staff(role=Role.MANAGER))
    browser.get("/staff/import")
    upload(browser, "children", b",,,,\n,,,\n\n,,,,,,\n")
    assert browser.errors() == ["The file is empty"]


def test_a_nul_character_in_a_sign_in_email_is_an_ordinary_wrong_sign_in(browser):
    member = create_staff()
    browser.get("/staff/sign-in")
    browser.submit({"email": "nobody\x00@example.org", "password": "wrong"})
    assert browser.errors() == ["Enter a correct email address and password"]
    assert browser.h1 == "Sign in"


def test_a_nul_character_in_a_search_is_ignored(browser):
    iro = create_staff()
    create_child(iro=iro, first_name="Ferdinand")
    sign_in(browser, iro)
    browser.get("/staff/?q=Ferdi%00nand")
    assert "Ferdinand" in browser.text()


def test_a_nul_character_in_a_contacts_name_is_not_kept(browser):
    iro = create_staff()
    child = create_child(iro=iro)
    sign_in(browser, iro)
    browser.get(f"/staff/children/{child.id}/contacts/new")
    browser.submit({"name": "Ann\x00 Smith", "respondent": "parent", "language": "en"})  # English, checked already
    assert browser.errors() == []
    assert db.session.scalar(db.select(Contact.name).where(Contact.child_id == child.id)) == "Ann Smith"


def test_a_newline_in_next_after_sign_in_goes_to_the_home_page(browser):
    member = create_staff()
    browser.get("/staff/sign-in?next=/staff/%0d%0aSet-Cookie:%20a=b")
    browser.submit({"email": member.email, "password": "correct horse battery staple"})
    browser.submit({"code": totp_code(member)})
    assert browser.response.request.path == "/staff/"
