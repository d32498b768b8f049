"""Each person in their own language: the invitation carries it, the language links on every page change it and keep
the person's place and answers, staff choose their own, and `lang` and `dir` are right on every page.

The words expected are the project's own catalogs' (`translated`), so a page, an email or a text in Polish is told
apart from the English by a word its catalog translates."""

import pytest
from flask_babel import force_locale, gettext

from app.extensions import db
from app.messaging import phones
from app.models import Child, Contact, Invitation, Respondent, Review, Role, StaffMember, Submission
from app.reviews.timescales import add_working_days
from tests.conftest import app_on_a_fresh_database, sign_in
from tests.factories import create_child, create_invitation, create_staff
from tests.helpers.commands import run_worker, send_due
from tests.helpers.imports import children_csv, run
from tests.helpers.journeys import ANSWERS, answer_everything, flag
from tests.helpers.mail import email_link, emails_to
from tests.helpers.people import CHILD_MOBILE, TODAY
from tests.helpers.phones import link_path
from tests.helpers.twilio import twilio_config

SKIP_LINK = "Skip to main content"
OWN_NAMES = {"en": "English", "cy": "Cymraeg", "pl": "Polski", "ro": "Română", "ar": "العربية", "uk": "Українська"}


def translated(language: str, english: str) -> str:
    """The words a person reading `language` is meant to see for `english`, from the project's own catalog."""
    with force_locale(language):
        words = gettext(english)
    assert words != english, f"{english!r} has no {language} translation"
    return words


@pytest.fixture
def app(tmp_path, twilio):
    with app_on_a_fresh_database(tmp_path, **twilio_config(twilio)) as app:
        yield app


def page_language(browser) -> tuple[str, str]:
    html = browser.page.find("html")
    return html["lang"], html["dir"]


def skip_link(browser) -> str:
    return browser.page.select_one(".govuk-skip-link").get_text(strip=True)


def language_link(browser, code: str) -> str:
    """The address of the language link to `code`, as a person finds it: named in that language."""
    link = browser.page.select_one(f'nav.app-languages a[hreflang="{code}"]')
    assert link is not None, f"no link to {code}"
    assert link.get_text(strip=True) == OWN_NAMES[code] and link["lang"] == code
    return link["href"]


def here(browser) -> str:
    return browser.response.request.path


def checked(browser) -> list[str]:
    return [i["value"] for i in browser.page.select("input[checked]") if i.get("name") == "answer"]


def invitation_of(child: Child, respondent: Respondent = Respondent.CHILD) -> Invitation:
    db.session.expire_all()
    return db.session.scalar(db.select(Invitation).where(Invitation.child_id == child.id, Invitation.respondent == respondent))


def test_every_language_is_taken_by_an_import(app, tmp_path):
    iro = create_staff()
    result = run(app, tmp_path, "children", children_csv(
        f"C001,Sam,Lee,2015-03-02,2020-01-01,{iro.email},,ar",
        f"C002,Jo,Ray,2015-03-02,2020-01-01,{iro.email},,UK",
        f"C003,Al,Fry,2015-03-02,2020-01-01,{iro.email},,cy",
    ))
    assert result.exit_code == 0, result.output
    languages = dict(db.session.execute(db.select(Child.reference, Child.preferred_language)).all())
    assert languages == {"C001": "ar", "C002": "uk", "C003": "cy"}


def test_every_page_names_each_language_in_itself_and_marks_its_own(browser):
    browser.get("/")
    nav = browser.page.select_one("nav.app-languages")
    current = nav.select('[aria-current="true"]')
    assert [(c.name, c["lang"], c.get_text(strip=True)) for c in current] == [("span", "en", "English")]
    links = nav.find_all("a")
    assert [(a["lang"], a["hreflang"], a.get_text(strip=True)) for a in links] == [
        (code, code, name) for code, name in OWN_NAMES.items() if code != "en"
    ]
    assert {a["lang"]: a["dir"] for a in links} == {"cy": "ltr", "pl": "ltr", "ro": "ltr", "ar": "rtl", "uk": "ltr"}
    assert page_language(browser) == ("en", "ltr")


def test_choosing_polish_mid_questionnaire_keeps_the_page_and_every_answer(browser):
    child = create_child(iro=create_staff())
    browser.get(create_invitation(child))
    browser.follow("Start now")
    answered = list(ANSWERS)[:3]
    for question_id in answered:
        browser.submit({"answer": ANSWERS[question_id]})
    page = here(browser)
    assert page == f"/consultation/{list(ANSWERS)[3]}"

    browser.get(language_link(browser, "pl"))
    assert here(browser) == page, "the same page, now in Polish"
    assert page_language(browser) == ("pl", "ltr") and skip_link(browser) == translated("pl", SKIP_LINK)
    assert "language=" not in browser.response.request.url
    assert invitation_of(child).language == "pl", "kept on the invitation, for its texts and emails too"

    for question_id in reversed(answered):  # back through every page answered, each still answered
        browser.get(browser.page.select_one("a.govuk-back-link")["href"])
        assert here(browser) == f"/consultation/{question_id}"
        assert checked(browser) == [ANSWERS[question_id]] and page_language(browser) == ("pl", "ltr")

    browser.get(page)  # and on from where they were, in Polish, to the end
    answer_everything(browser, {k: v for k, v in ANSWERS.items() if k not in answered})
    assert here(browser) == "/consultation/check" and page_language(browser) == ("pl", "ltr")
    browser.submit()
    assert here(browser) == "/consultation/done" and page_language(browser) == ("pl", "ltr")
    db.session.expire_all()
    submission = db.session.scalar(db.select(Submission).where(Submission.child_id == child.id))
    assert {k: v for k, v in submission.answer_values().items() if k in answered} == {k: ANSWERS[k] for k in answered}


def test_arabic_pages_are_right_to_left_and_english_ones_left_to_right(browser, new_browser):
    iro = create_staff()
    arabic = create_child(iro=iro, first_name="Omar")
    arabic.preferred_language = "ar"
    db.session.commit()
    browser.get(create_invitation(arabic))
    assert page_language(browser) == ("ar", "rtl") and skip_link(browser) == translated("ar", SKIP_LINK)
    browser.get("/consultation/share_words")
    answer_everything(browser, {**ANSWERS, "going_well": "صرت في فريق كرة القدم"})
    assert here(browser) == "/consultation/check" and page_language(browser) == ("ar", "rtl")
    browser.get("/consultation/get-help")
    assert page_language(browser) == ("ar", "rtl")
    browser.get("/consultation/check")
    browser.submit()
    assert here(browser) == "/consultation/done" and page_language(browser) == ("ar", "rtl")

    english = new_browser()
    english.get(create_invitation(create_child(iro=iro)))
    assert page_language(english) == ("en", "ltr")
    english.follow("Start now")
    assert page_language(english) == ("en", "ltr")

    # The IRO reads the Arabic words marked as Arabic, laid out as written; answers from a list are in the IRO's words.
    staff = new_browser()
    sign_in(staff, iro)
    submission = db.session.scalar(db.select(Submission).where(Submission.child_id == arabic.id))
    staff.get(f"/staff/views/{submission.id}")
    assert page_language(staff) == ("en", "ltr")
    [own_words] = staff.page.select(".govuk-summary-list__value [lang]")
    assert own_words.get_text(strip=True) == "صرت في فريق كرة القدم"
    assert (own_words["lang"], own_words["dir"]) == ("ar", "auto")


def test_a_parent_added_in_polish_gets_polish_pages_and_emails_while_the_child_gets_english(
    app, browser, new_browser, twilio, smtp_server
):
    iro = create_staff()
    child = create_child(iro=iro, age=12, review_in_days=None)
    child.reviews.append(Review(due_on=add_working_days(TODAY, 10)))
    child.mobile = phones.find_or_add(CHILD_MOBILE)
    db.session.commit()
    due = child.next_review.due_on

    sign_in(browser, iro)
    browser.get(f"/staff/children/{child.id}")
    browser.follow("Add a parent or carer")
    options = {i["value"]: i.find_next("label") for i in browser.page.find_all("input", attrs={"name": "language"})}
    assert list(options) == list(OWN_NAMES)
    assert options["pl"].get_text(" ", strip=True) == "Polski (Polish)" and options["pl"].span["lang"] == "pl"
    browser.submit({"name": "Jo Bloggs", "respondent": "parent", "mobile": "", "email": "jo@example.org", "language": "pl"})
    assert db.session.scalar(db.select(Contact.language).where(Contact.name == "Jo Bloggs")) == "pl"

    send_due(app, add_working_days(due, -10))
    [to_jo] = emails_to(smtp_server, "jo@example.org")
    assert to_jo["Subject"] == translated("pl", "A message from your IRO")
    [to_child] = twilio.bodies_to(CHILD_MOBILE)
    assert invitation_of(child, Respondent.PARENT).language == "pl" and invitation_of(child).language == "en"

    jo = new_browser()
    jo.get(email_link(to_jo))
    assert page_language(jo) == ("pl", "ltr") and skip_link(jo) == translated("pl", SKIP_LINK)
    young_person = new_browser()
    young_person.get(link_path(to_child))
    assert page_language(young_person) == ("en", "ltr") and skip_link(young_person) == SKIP_LINK

    # Jo would rather read Romanian: the reminder follows the choice made on the page.
    jo.get(language_link(jo, "ro"))
    assert page_language(jo) == ("ro", "ltr") and invitation_of(child, Respondent.PARENT).language == "ro"
    send_due(app, add_working_days(due, -5))
    [_, reminder] = emails_to(smtp_server, "jo@example.org")
    assert reminder["Subject"] == translated("ro", "A reminder from your IRO")
    assert invitation_of(child).language == "en", "the child's own stays English"


def test_staff_choose_their_own_language_for_staff_pages(browser, new_browser):
    iro = create_staff()
    sign_in(browser, iro)
    browser.get("/staff/account")
    row = next(r for r in browser.page.select(".govuk-summary-list__row") if r.dt.get_text(strip=True) == "Language")
    assert row.dd.get_text(strip=True) == "English"
    browser.get(row.select_one("a")["href"])
    assert [i["value"] for i in browser.page.find_all("input", attrs={"name": "language", "checked": True})] == ["en"]
    browser.submit({"language": "cy"})
    assert here(browser) == "/staff/account"
    assert page_language(browser) == ("cy", "ltr") and skip_link(browser) == translated("cy", SKIP_LINK)
    db.session.expire_all()
    assert db.session.get(StaffMember, iro.id).language == "cy"

    elsewhere = new_browser()  # kept on the account, so it follows them to another device
    sign_in(elsewhere, iro)
    assert page_language(elsewhere) == ("cy", "ltr")
    caseload = here(elsewhere)
    elsewhere.get(language_link(elsewhere, "ar"))  # any staff page's language links choose for the account too
    assert here(elsewhere) == caseload and page_language(elsewhere) == ("ar", "rtl")
    db.session.expire_all()
    assert db.session.get(StaffMember, iro.id).language == "ar"
    browser.get("/staff/account")
    assert page_language(browser) == ("ar", "rtl")

    browser.get("/staff/account/language")
    browser.submit({"language": "xx"})
    assert browser.errors() and db.session.get(StaffMember, iro.id).language == "ar"


def test_each_member_of_staff_is_alerted_in_their_own_language(app, browser, new_browser, smtp_server):
    iro, manager = create_staff(), create_staff(role=Role.MANAGER)
    child = create_child(iro=iro)
    sign_in(browser, iro)
    browser.get("/staff/account/language")
    browser.submit({"language": "cy"})
    flag(new_browser, child)  # an urgent flag goes to the child's IRO and the duty manager at once
    run_worker(app)
    [to_iro] = emails_to(smtp_server, iro.email)
    [to_manager] = emails_to(smtp_server, manager.email)
    assert to_iro["Subject"] == translated("cy", "Urgent: a child may need help")
    assert to_manager["Subject"] == "Urgent: a child may need help"


def test_on_public_pages_the_choice_is_kept_for_the_visit(browser, new_browser):
    browser.get("/")
    browser.get(language_link(browser, "cy"))
    assert here(browser) == "/" and page_language(browser) == ("cy", "ltr")
    browser.get("/help")
    assert page_language(browser) == ("cy", "ltr")
    someone_else = new_browser()
    someone_else.get("/help")
    assert page_language(someone_else) == ("en", "ltr")


@pytest.mark.parametrize("code", ["xx", "", "EN", "pl-PL", "../../etc", "\x00", "a" * 500, "None"])
def test_an_unknown_language_is_ignored(browser, code):
    child = create_child(iro=create_staff())
    browser.get(create_invitation(child))
    browser.follow("Start now")
    page = here(browser)
    response = browser.client.get(page, query_string={"language": code, "change": "1"})
    assert response.status_code == 303 and response.headers["Location"] == f"{page}?change=1"
    browser.get(response.headers["Location"])
    assert page_language(browser) == ("en", "ltr") and invitation_of(child).language == "en"
    response = browser.client.get("/", query_string={"language": code})
    assert response.status_code == 303 and response.headers["Location"] == "/"
    browser.get("/")
    assert page_language(browser) == ("en", "ltr")


def test_a_form_sent_to_an_address_naming_a_language_is_still_saved(browser):
    child = create_child(iro=create_staff())
    browser.get(create_invitation(child))
    browser.follow("Start now")
    page = here(browser)
    token = browser.page.find("input", attrs={"name": "csrf_token"})["value"]
    response = browser.client.post(f"{page}?language=pl", data={"csrf_token": token, "answer": ANSWERS["share_words"]})
    assert response.status_code == 302 and response.headers["Location"] != page
    db.session.expire_all()
    assert db.session.scalar(db.select(Submission).where(Submission.child_id == child.id)).answer_values() == {
        "share_words": ANSWERS["share_words"]
    }
