"""Every page a child, parent or carer sees, in Arabic and in Welsh, on a phone, passes axe and fits the screen.

A person whose language is Arabic or Welsh walks each consultation (each age band's, the parent's and the carer's)
once, in Chromium at 360 x 740 with JavaScript on: the start page, the help page, every question (each required one
first sent empty, to see its error state), check answers and the confirmation. Nothing here finds a button, a
field or a link by English words: forms, buttons and fields are found by their place and type, answers are given
by field name and value as tests/helpers/walking.py gives them, and every heading the test expects is the
catalog's own translation. The browser asks for English, so the language each page is in is the person's own.
"""

from urllib.parse import urlsplit

import pytest
from flask_babel import force_locale, gettext
from playwright.sync_api import expect

from app.definitions.questionnaire import Audience, Kind, Question, Questionnaire
from app.questionnaires.registry import CONSULTATIONS, QUESTIONNAIRES
from tests.browser.conftest import assert_no_horizontal_scroll, invite, question_on
from tests.helpers.walking import form_data

pytestmark = pytest.mark.browser

DIRECTIONS = {"ar": "rtl", "cy": "ltr"}
WALKED = [QUESTIONNAIRES[questionnaire_id] for questionnaire_id in CONSULTATIONS]
GET_HELP = "/consultation/get-help"


@pytest.fixture
def speaks_arabic_and_welsh(app):
    """Until app/config.py names every language, the app is told it speaks these."""
    app.config["LANGUAGES"] = ("en", *DIRECTIONS)


def translated(language: str, text, **variables) -> str:
    """`text` (a lazy string, or a message id with `variables`) as the catalog of `language` gives it."""
    with force_locale(language):
        return gettext(text, **variables) if isinstance(text, str) else str(text)


def start_heading(questionnaire: Questionnaire, language: str) -> str:
    if questionnaire.audience is Audience.CHILD:
        return translated(language, "Hello %(name)s", name="Sam")
    return translated(language, questionnaire.title)


def own_form(page):
    """The form that sends this page's answers (not the "I don't feel safe" one): it posts to the page's own address."""
    return page.locator(f"main form[action='{urlsplit(page.url).path}']")


def send(page) -> None:
    """Press the form's first button, the one that sends the answer (a child's second one skips the question)."""
    own_form(page).locator("button[type=submit]").first.click()


def answer(page, questionnaire: Questionnaire, question: Question) -> None:
    """Give tests/helpers/walking.py's answer by field name and value, tapping each answer's label as a person would."""
    data = form_data(questionnaire, question)
    if question.kind is Kind.TEXT:
        page.locator("textarea[name=answer]").fill(data["answer"])
        return
    if question.kind is Kind.DATE:
        for part in ("day", "month", "year"):
            page.locator(f"input[name={part}]").fill(data[part])
        return
    chosen = data["answer"] if isinstance(data["answer"], list) else [data["answer"]]
    for value in chosen:
        control = page.locator(f"input[name=answer][value='{value}']")
        # In the picture version the invisible input lies over the whole card: tap at the words' position.
        page.locator(f"label[for='{control.get_attribute('id')}']").click(force=questionnaire.pictures)
        assert control.is_checked(), f"tapping the label of {value!r} did not choose it"
    if "other" in data:
        page.locator("input[name=other]").fill(data["other"])


def assert_error_state(page, question: Question, language: str) -> None:
    """Sent empty: the title says there is an error, and the summary's link, in the person's language, leads to the field."""
    send(page)
    expect(page).to_have_title(f"{translated(language, 'Error:')} {translated(language, question.title)} – {translated(language, 'Listen to Me')}")
    summary = page.locator(".govuk-error-summary")
    expect(summary.locator(".govuk-error-summary__title")).to_have_text(translated(language, "There is a problem"))
    link = summary.get_by_role("link", name=translated(language, question.error_required), exact=True)
    expect(page.locator(link.get_attribute("href"))).to_have_count(1)
    expect(summary).to_be_focused()


@pytest.mark.parametrize("language", DIRECTIONS)
@pytest.mark.parametrize("questionnaire", WALKED, ids=CONSULTATIONS)
def test_every_page_passes_axe_in_the_persons_language(
    app, speaks_arabic_and_welsh, live_server, new_context, axe, questionnaire, language
):
    link = invite(questionnaire, language=language)
    page = new_context().new_page()
    heading = page.get_by_role("heading", level=1)

    def looks_right(expected_heading: str) -> None:
        expect(heading).to_have_text(expected_heading)
        expect(page.locator("html")).to_have_attribute("lang", language)
        axe.check(page)
        assert_no_horizontal_scroll(page)

    page.goto(live_server + link)
    start = page.url
    looks_right(start_heading(questionnaire, language))

    # Children reach help from every page; a parent or carer reaches it when an answer raises a worry.
    if questionnaire.audience is Audience.CHILD:
        page.locator(f"main a[href^='{GET_HELP}']").click()
    else:
        page.goto(f"{live_server}{GET_HELP}?next={urlsplit(start).path}")
    looks_right(translated(language, "Get help now"))
    page.locator("main a.govuk-button--secondary").click()
    expect(page).to_have_url(start)

    page.locator("main a.govuk-button--start").click()
    visited = []
    while (question := question_on(page, questionnaire)) is not None:
        assert question.id not in visited, f"the questions go round in a loop: {visited + [question.id]}"
        visited.append(question.id)
        title = translated(language, question.title)
        looks_right(title)
        if not question.optional:
            assert_error_state(page, question, language)
            looks_right(title)
        answer(page, questionnaire, question)
        address = page.url
        send(page)
        expect(page).not_to_have_url(address)

    assert visited == [q.id for q in questionnaire.questions], "the walk saw every page, in order"
    expect(page.locator(".govuk-summary-list__row")).to_have_count(len(visited))
    looks_right(translated(language, "Check your answers"))
    send(page)
    looks_right(translated(language, "Your answers have been sent"))


@pytest.mark.parametrize("language", DIRECTIONS)
@pytest.mark.parametrize("questionnaire", [QUESTIONNAIRES["child_8_11"], QUESTIONNAIRES["parent"]], ids=("child", "parent"))
def test_pages_name_their_language_and_direction_and_are_not_in_english(
    app, speaks_arabic_and_welsh, live_server, new_context, questionnaire, language
):
    """Arabic pages are `<html lang="ar" dir="rtl">`, Welsh ones `lang="cy" dir="ltr"`, and neither shows the English
    heading: the start page, the first question, its error state and the help page."""
    page = new_context(javascript=False).new_page()
    heading = page.get_by_role("heading", level=1)
    html = page.locator("html")

    def in_the_language(english_heading: str) -> None:
        expect(html).to_have_attribute("lang", language)
        expect(html).to_have_attribute("dir", DIRECTIONS[language])
        expect(heading).not_to_have_text(english_heading)

    page.goto(live_server + invite(questionnaire, language=language))
    expect(heading).to_have_text(start_heading(questionnaire, language))
    in_the_language(start_heading(questionnaire, "en"))

    page.locator("main a.govuk-button--start").click()
    first = questionnaire.questions[0]
    expect(heading).to_have_text(translated(language, first.title))
    in_the_language(translated("en", first.title))
    send(page)
    expect(page.locator(".govuk-error-summary")).to_contain_text(translated(language, first.error_required))
    in_the_language(translated("en", first.title))

    page.goto(f"{live_server}{GET_HELP}")
    expect(heading).to_have_text(translated(language, "Get help now"))
    in_the_language(translated("en", "Get help now"))
