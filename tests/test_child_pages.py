"""What every child page shows, read as a child's phone gets it: where a question is, Read to me, check answers,
the 4 to 7 version's first words, numbers to tap, faces as pictures, and Arabic pages right to left."""

import re
from datetime import date

import pytest
from flask_babel import force_locale, gettext

from app.extensions import db
from app.questionnaires import registry
from tests.conftest import sign_in
from tests.factories import create_child, create_invitation, create_staff
from tests.helpers.walking import form_data

PICTURES = registry.get("child_4_7")
WORDS = registry.get("child_8_11")
EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf]")


def here(browser) -> str:
    return browser.response.request.path.rsplit("/", 1)[1]


def caption(browser) -> str:
    return " ".join(browser.page.select_one("main .govuk-caption-l").get_text().split())


def read_aloud(browser):
    """The Read to me placeholder read-aloud.js fills, or None."""
    return browser.page.select_one("main [data-module='app-read-aloud']")


def start(browser, questionnaire_id: str, age: int, **child) -> None:
    browser.get(create_invitation(create_child(iro=create_staff(name="Sam Green"), age=age, **child), questionnaire_id))


def walk_to_check(browser, questionnaire, skip=()) -> list[str]:
    """Answer every page calmly (skipping those named), from the first question to check answers; returns the captions."""
    captions = []
    while browser.h1 != "Check your answers":
        captions.append(caption(browser))
        question = questionnaire.question(here(browser))
        browser.submit({"skip": "yes"} if question.id in skip else form_data(questionnaire, question))
    return captions


@pytest.mark.parametrize(
    "questionnaire_id, age, about", [("child_4_7", 6, ""), ("child_8_11", 9, "about "), ("young_person_16_18", 17, "about ")]
)
def test_each_question_says_where_it_is_counted_as_texts_count(browser, questionnaire_id, age, about):
    questionnaire = registry.get(questionnaire_id)
    total = len(questionnaire.questions)
    start(browser, questionnaire_id, age)
    browser.follow("Start now")
    captions = walk_to_check(browser, questionnaire)
    # Follow-up pages may not all be asked: then, as in texts, the total is every page there can be, said "about".
    assert captions == [f"Question {number} of {about}{total}" for number in range(1, len(captions) + 1)]


def test_the_caption_sits_above_the_heading(browser):
    start(browser, "child_8_11", 9)
    browser.follow("Start now")
    form = browser.page.select_one("main form")
    assert browser.page.select_one("main .govuk-caption-l").find_next("form") is form


def test_read_to_me_is_on_every_page_of_the_picture_version(app, browser):
    child = create_child(iro=create_staff(), age=6)
    browser.get(create_invitation(child, "child_4_7"))
    pages = {"start": read_aloud(browser)}
    browser.follow("Start now")
    pages["question"] = read_aloud(browser)
    walk_to_check(browser, PICTURES)
    pages["check answers"] = read_aloud(browser)
    browser.follow("Get help now")
    assert browser.h1 == "Get help now"
    pages["help"] = read_aloud(browser)
    browser.follow("Carry on with my answers")
    browser.submit()
    assert browser.h1 == "Your answers have been sent"
    pages["confirmation"] = read_aloud(browser)

    review = child.next_review
    review.held_on = date.today()
    review.reply_to_child = "Thank you for telling me about school. We are getting you a new bike."
    db.session.commit()
    browser.get("/consultation/done")
    assert "We are getting you a new bike." in browser.text()
    pages["the IRO's note"] = read_aloud(browser)

    for name, placeholder in pages.items():
        assert placeholder is not None, f"no Read to me on the {name} page"
        assert placeholder["data-text-read"] == "Read to me" and placeholder["data-text-stop"] == "Stop reading"
        assert placeholder["data-text-unavailable"] == "Read to me is not available in English"
        # Empty: the script adds the button, so without JavaScript there is none.
        assert not placeholder.contents, name
        assert placeholder.find_parent(attrs={"data-read-aloud-region": True}) is not None, name


def test_read_to_me_is_only_in_the_picture_version(browser):
    start(browser, "child_8_11", 9)
    assert read_aloud(browser) is None
    browser.follow("Start now")
    assert read_aloud(browser) is None


def test_check_answers_says_what_was_skipped_and_shows_each_answers_picture(browser):
    start(browser, "child_4_7", 6)
    browser.follow("Start now")
    walk_to_check(browser, PICTURES, skip={"school", "tell_iro"})
    assert browser.text().count("You skipped this") == 2
    assert "Not provided" not in browser.text()

    rows = {
        " ".join(row.dt.get_text().split()): row.select_one(".govuk-summary-list__value")
        for row in browser.page.select(".govuk-summary-list__row")
    }
    home = PICTURES.question("home")
    chosen = next(o for o in home.options if o.value == form_data(PICTURES, home)["answer"])
    picture = rows[str(home.short_title)].find("img")
    assert picture is not None and f"pictures/{chosen.picture}." in picture["src"]
    assert picture["alt"] == "", "the words beside it say the answer"
    assert str(chosen.label) in rows[str(home.short_title)].get_text()
    assert rows[str(PICTURES.question("school").short_title)].find("img") is None


def test_check_answers_in_the_words_version_has_no_pictures(browser):
    start(browser, "child_8_11", 9)
    browser.follow("Start now")
    walk_to_check(browser, WORDS)
    assert browser.page.select(".govuk-summary-list img") == []


def test_the_4_to_7_version_says_who_the_iro_is_in_small_words_and_asks_about_sharing_last(browser, new_browser):
    iro = create_staff(name="Sam Green")
    child = create_child(iro=iro, age=6, first_name="Ruby")
    browser.get(create_invitation(child, "child_4_7"))
    text = browser.text()
    assert "Sam is the person who makes sure grown-ups listen to you." in text
    assert "Independent Reviewing Officer" not in text
    assert "If you tell us someone is not safe, your IRO must tell a grown-up who can help." in text

    browser.follow("Start now")
    assert browser.h1 == "How do you feel about where you live?"
    while here(browser) != "share_words":
        assert "share" not in browser.h1.lower()
        question = PICTURES.question(here(browser))
        browser.submit(form_data(PICTURES, question))
    assert browser.h1 == "Can your IRO tell the people at your meeting what you said?"
    assert "If someone is not safe, your IRO must tell a grown-up who can help." in browser.text()
    browser.submit({"answer": "ask_first"})
    assert browser.h1 == "Check your answers"
    browser.submit()

    # The IRO still sees the child's choice first on the summary they print.
    staff = new_browser()
    sign_in(staff, iro)
    staff.get(f"/staff/children/{child.id}")
    staff.follow("Print a summary")
    assert "Sharing your words: Ask me first" in staff.page.select_one("main h2 + p").get_text()


def test_the_older_versions_still_say_who_the_iro_is_and_ask_about_sharing_first(browser):
    start(browser, "child_8_11", 9)
    assert "Sam is your Independent Reviewing Officer (IRO)." in browser.text()
    browser.follow("Start now")
    assert browser.h1 == "Can your IRO share what you say at your review?"


def tapped(page) -> dict[str, str]:
    """Each link that calls or texts: its address, and its words as read."""
    return {a["href"]: " ".join(a.get_text().split()) for a in page.select("main a[href^='tel:'], main a[href^='sms:']")}


def assert_numbers_read_left_to_right(page) -> None:
    for link in page.select("main a[href^='tel:'], main a[href^='sms:']"):
        digits = re.findall(r"\d[\d ]*\d", link.get_text())
        isolated = [" ".join(bdi.get_text().split()) for bdi in link.find_all("bdi", dir="ltr")]
        # A number of two groups or more ("0800 1111") would be read backwards in an Arabic sentence.
        assert all(number in isolated for number in digits if " " in number), (link, isolated)


def test_a_child_can_tap_to_call_childline_their_iro_service_and_999_and_to_text_shout(app, browser):
    start(browser, "child_8_11", 9)
    browser.follow("Get help now")
    links = tapped(browser.page)
    assert links == {
        "tel:999": "If you are in danger now, call 999.",
        "tel:08001111": "Call Childline on 0800 1111",
        "sms:85258": "Text SHOUT to 85258",
        "tel:01234567890": "Call your IRO service on 01234 567890",
    }
    assert_numbers_read_left_to_right(browser.page)


def test_a_grown_up_can_tap_to_call_childrens_services_the_nspcc_the_iro_service_and_999(browser):
    child = create_child(iro=create_staff())
    browser.get(create_invitation(child, "parent"))
    browser.get("/consultation/get-help")
    assert browser.h1 == "Get help now"
    links = tapped(browser.page)
    assert links == {
        "tel:999": "If a child or anyone else is in danger now, call 999.",
        "tel:01234567000": "01234 567000",
        "tel:08088005000": "Call the NSPCC on 0808 800 5000",
        "tel:01234567890": "01234 567890",
    }
    sentences = [" ".join(p.get_text().split()) for p in browser.page.select("main p")]
    assert any(s.startswith("Call children's services on 01234 567000. Out of hours") for s in sentences)
    assert "Call the IRO service on 01234 567890, Monday to Friday, 9am to 5pm." in sentences
    assert_numbers_read_left_to_right(browser.page)


def test_the_public_help_page_numbers_can_be_tapped(browser):
    browser.get("/help")
    assert tapped(browser.page) == {
        "tel:999": "If you are in danger now, call 999.",
        "tel:08001111": "Call Childline on 0800 1111",
        "sms:85258": "Text SHOUT to 85258",
        "tel:01234567890": "01234 567890",
    }
    assert_numbers_read_left_to_right(browser.page)


@pytest.mark.parametrize("questionnaire_id, age", [("child_8_11", 9), ("child_12_15", 13), ("young_person_16_18", 17)])
def test_the_faces_in_the_words_versions_are_pictures_not_emoji(app, browser, questionnaire_id, age):
    questionnaire = registry.get(questionnaire_id)
    faces = next(q for q in questionnaire.questions if q.kind == "emoji")
    start(browser, questionnaire_id, age)
    browser.follow("Start now")
    while here(browser) != faces.id:
        browser.submit(form_data(questionnaire, questionnaire.question(here(browser))))

    labels = browser.page.select("main .govuk-radios__label")
    assert [" ".join(label.get_text().split()) for label in labels] == [str(o.label) for o in faces.options]
    for label, option in zip(labels, faces.options):
        assert not EMOJI.search(label.get_text()), label
        picture = label.find("img")
        assert picture["alt"] == "" and f"pictures/{option.picture}." in picture["src"], label
        assert app.test_client().get(picture["src"]).status_code == 200
    assert not EMOJI.search(browser.response.get_data(as_text=True))


@pytest.fixture
def arabic(app):
    """Arabic switched on, as it will be once its catalog is complete."""
    app.config["LANGUAGES"] = (*app.config["LANGUAGES"], "ar")


def test_a_childs_pages_in_arabic_read_right_to_left(arabic, browser):
    child = create_child(iro=create_staff(), age=6)
    child.preferred_language = "ar"
    db.session.commit()
    browser.get(create_invitation(child, "child_4_7"))
    for step in ("start", "question", "help"):
        html = browser.page.html
        assert (html["lang"], html["dir"]) == ("ar", "rtl"), step
        assert read_aloud(browser)["data-text-unavailable"].endswith("العربية"), step
        with force_locale("ar"):
            if step == "start":
                browser.follow(gettext("Start now"))
                assert browser.page.select_one("main .govuk-caption-l") is not None
            elif step == "question":
                browser.follow(gettext("Get help now"))


def test_english_pages_read_left_to_right(browser):
    start(browser, "child_8_11", 9)
    assert (browser.page.html["lang"], browser.page.html["dir"]) == ("en", "ltr")

