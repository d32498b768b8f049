"""What child pages add to a questionnaire: Read to me, Exit this page, big tap targets, and help when unsafe."""

import json
import re

import pytest
from flask_babel import force_locale, gettext
from playwright.sync_api import expect
from sqlalchemy import select

from app.extensions import db
from app.models import Submission
from app.questionnaires.registry import QUESTIONNAIRES
from app.safeguarding import flags
from tests.browser.conftest import PHONE, fill_in, invite, question_on, start_heading

pytestmark = pytest.mark.browser

PICTURES = QUESTIONNAIRES["child_4_7"]
WORDS = QUESTIONNAIRES["child_8_11"]
TAP_TARGET = 44  # px, each way

# A speech engine that only remembers: what it was asked to say (with the voice and language for each), and how
# often it was stopped. Utterances never end by themselves, so the button stays in its "Stop reading" state until
# pressed. Its voices are the phone's: `window.fakeVoices`, set before the page's scripts run, British English by
# default; a test can change them later and announce it with a "voiceschanged" event, as browsers do.
FAKE_SPEECH = """
window.spoken = []
window.speechCancelled = 0
window.fakeVoices = window.fakeVoices || [{ name: 'Fake English', lang: 'en-GB', default: true, localService: true }]
class FakeUtterance extends EventTarget {
  constructor (text) { super(); this.text = text; this.lang = ''; this.rate = 1; this.voice = null }
}
const fakeSpeech = new EventTarget()
Object.assign(fakeSpeech, {
  speaking: false, pending: false, paused: false,
  speak (utterance) {
    window.spoken.push(utterance.text)
    window.spokenIn = (window.spokenIn || []).concat([[utterance.lang, utterance.voice && utterance.voice.name]])
  },
  cancel () { window.speechCancelled += 1 },
  getVoices () { return window.fakeVoices },
})
Object.defineProperty(window, 'speechSynthesis', { value: fakeSpeech, configurable: true })
Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true, writable: true })
"""


def with_voices(voices: list[dict]) -> str:
    """FAKE_SPEECH on a phone with these voices (none: a phone that cannot speak any language)."""
    return f"window.fakeVoices = {json.dumps(voices)}\n" + FAKE_SPEECH


# Everything a person can use inside <main>, with the box a finger has to hit. A radio or
# checkbox is hit through its whole answer (the GOV.UK item), not the drawn circle.
SMALL_TARGETS = """([minimum]) => {
  const small = []
  const controls = 'a[href], button, input:not([type=hidden]), textarea, select, summary, [tabindex]:not([tabindex="-1"])'
  for (const el of document.querySelector('main').querySelectorAll(controls)) {
    const target = el.closest('.govuk-radios__item, .govuk-checkboxes__item') || el
    const box = target.getBoundingClientRect()
    if (box.width === 0 || box.height === 0 || getComputedStyle(el).visibility === 'hidden') continue
    if (box.width < minimum || box.height < minimum) {
      small.push(`${Math.round(box.width)}x${Math.round(box.height)}: ${target.outerHTML.replace(/\\s+/g, ' ').slice(0, 140)}`)
    }
  }
  return small
}"""


def open_first_question(page, live_server, questionnaire):
    page.goto(live_server + invite(questionnaire))
    page.get_by_role("button", name="Start now").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(str(questionnaire.questions[0].title))


def test_read_to_me_speaks_the_question_and_each_answer(app, live_server, new_context):
    context = new_context(javascript=True)
    context.add_init_script(FAKE_SPEECH)
    page = context.new_page()
    open_first_question(page, live_server, PICTURES)
    # A face question: where it is, the question, then each answer's word (never the picture's description).
    faces = PICTURES.questions[0]
    words = [f"Question 1 of {len(PICTURES.questions)}", str(faces.title), *(str(option.label) for option in faces.options)]

    read = page.get_by_role("button", name="Read to me")
    expect(read).to_be_visible()
    read.click()
    assert page.evaluate("window.spoken") == words
    assert set(map(tuple, page.evaluate("window.spokenIn"))) == {("en-GB", "Fake English")}, "in the page's language"
    # Pressing it again stops the reading.
    stop = page.get_by_role("button", name="Stop reading")
    expect(stop).to_be_visible()
    stop.click()
    expect(read).to_be_visible()
    assert page.evaluate("window.speechCancelled") >= 1

    # On the error state, the error is read first.
    page.get_by_role("button", name="Continue").click()
    expect(page).to_have_title(f"Error: {faces.title} – Listen to Me")
    page.evaluate("window.spoken = []")
    page.get_by_role("button", name="Read to me").click()
    assert page.evaluate("window.spoken") == [f"Error: {faces.error_required}", *words]

    # A question with a hint: the hint after the question.
    fill_in(page, PICTURES, faces)
    page.get_by_role("button", name="Continue").click()
    while (question := question_on(page, PICTURES)).hint is None:
        fill_in(page, PICTURES, question)
        page.get_by_role("button", name="Continue").click()
    number = PICTURES.questions.index(question) + 1
    expect(page.get_by_role("heading", level=1)).to_have_text(str(question.title))
    page.evaluate("window.spoken = []")
    page.get_by_role("button", name="Read to me").click()
    assert page.evaluate("window.spoken") == [
        f"Question {number} of {len(PICTURES.questions)}",
        str(question.title),
        str(question.hint),
        *(str(o.label) for o in question.options),
    ]


def test_read_to_me_reads_the_start_page_and_check_answers_but_not_the_page_around_them(app, live_server, new_context):
    context = new_context(javascript=True)
    context.add_init_script(FAKE_SPEECH)
    page = context.new_page()
    page.goto(live_server + invite(PICTURES))
    page.get_by_role("button", name="Read to me").click()
    spoken = page.evaluate("window.spoken")
    assert spoken[0] == "Hello Sam"
    assert "Before you start" in spoken
    assert "You can skip any question you do not want to answer." in spoken
    assert "If you tell us someone is not safe, your IRO must tell a grown-up who can help." in spoken
    for furniture in ("Exit this page", "I don't feel safe", "Need help now?", "Start now"):
        assert not any(furniture in text for text in spoken), furniture

    page.get_by_role("button", name="Start now").click()
    while (question := question_on(page, PICTURES)) is not None:
        if question.optional:
            page.get_by_role("button", name="Skip this question").click()
        else:
            fill_in(page, PICTURES, question)
            page.get_by_role("button", name="Continue").click()
        expect(page).not_to_have_url(re.compile(f"/{question.id}$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your answers")
    page.evaluate("window.spoken = []")
    page.get_by_role("button", name="Read to me").click()
    spoken = page.evaluate("window.spoken")
    first, second = PICTURES.questions[:2]
    rows = [str(first.short_title), str(first.options[0].label), str(second.short_title), str(second.options[0].label)]
    assert spoken[:5] == ["Check your answers", *rows]
    assert "You skipped this" in spoken
    assert "Change" not in " ".join(spoken)


ENGLISH = {"name": "Fake English", "lang": "en-GB", "default": True, "localService": True}
ARABIC = {"name": "Fake Arabic", "lang": "ar-SA", "default": False, "localService": True}


@pytest.fixture
def arabic(app):
    """Arabic switched on, as it will be once its catalog is complete."""
    app.config["LANGUAGES"] = (*app.config["LANGUAGES"], "ar")


def open_in_arabic(page, live_server) -> None:
    page.goto(live_server + invite(PICTURES, language="ar"))
    expect(page.locator("html")).to_have_attribute("dir", "rtl")


def test_read_to_me_reads_an_arabic_page_in_an_arabic_voice(arabic, app, live_server, new_context):
    context = new_context(javascript=True)
    context.add_init_script(with_voices([ENGLISH, ARABIC]))
    page = context.new_page()
    open_in_arabic(page, live_server)
    page.locator(".app-read-aloud__button").click()
    assert set(map(tuple, page.evaluate("window.spokenIn"))) == {("ar-SA", "Fake Arabic")}


def test_without_a_voice_for_the_pages_language_read_to_me_says_it_is_not_available(arabic, app, live_server, new_context):
    context = new_context(javascript=True)
    context.add_init_script(with_voices([ENGLISH]))
    page = context.new_page()
    open_in_arabic(page, live_server)
    button = page.locator(".app-read-aloud__button")
    with force_locale("ar"):
        expect(button).to_have_text(gettext("Read to me is not available in %(language)s", language="العربية"))
    expect(button).to_be_disabled()
    assert page.evaluate("getComputedStyle(document.querySelector('.app-read-aloud__button')).opacity") == "0.5", "greyed out"

    # The phone fetches an Arabic voice: the button is ready to read.
    page.evaluate(f"window.fakeVoices.push({json.dumps(ARABIC)}); speechSynthesis.dispatchEvent(new Event('voiceschanged'))")
    with force_locale("ar"):
        expect(button).to_have_text(gettext("Read to me"))
    expect(button).to_be_enabled()


def test_read_to_me_waits_for_the_phone_to_list_its_voices(app, live_server, new_context):
    context = new_context(javascript=True)
    context.add_init_script(with_voices([]))
    page = context.new_page()
    open_first_question(page, live_server, PICTURES)
    page.evaluate(f"window.fakeVoices.push({json.dumps(ENGLISH)}); speechSynthesis.dispatchEvent(new Event('voiceschanged'))")
    expect(page.get_by_role("button", name="Read to me")).to_be_enabled()
    expect(page.locator(".app-read-aloud__button")).to_have_count(1)


def test_a_phone_with_no_voices_is_told_read_to_me_is_not_available(app, live_server, new_context):
    context = new_context(javascript=True)
    context.add_init_script(with_voices([]))
    page = context.new_page()
    open_first_question(page, live_server, PICTURES)
    expect(page.locator(".app-read-aloud__button")).to_have_text("Read to me is not available in English")
    expect(page.locator(".app-read-aloud__button")).to_be_disabled()


@pytest.mark.parametrize(
    "questionnaire, javascript", [(PICTURES, False), (WORDS, True)], ids=["pictures-js-off", "words-js-on"]
)
def test_read_to_me_is_offered_only_in_the_picture_version_with_javascript(app, live_server, new_context, questionnaire, javascript):
    context = new_context(javascript=javascript)
    context.add_init_script(FAKE_SPEECH)  # so only the version and JavaScript decide, not the browser's voices
    page = context.new_page()
    open_first_question(page, live_server, questionnaire)
    expect(page.get_by_role("button", name="Read to me")).to_have_count(0)
    expect(page.get_by_role("button", name="Continue")).to_be_visible()


def expect_link_forgotten(page, live_server) -> None:
    page.goto(live_server + "/consultation")
    expect(page.get_by_role("heading", level=1)).to_have_text("This link does not work")


def test_exit_this_page_without_javascript_leaves_and_forgets_the_link(app, live_server, new_context, exit_url):
    page = new_context(javascript=False).new_page()
    page.goto(live_server + invite(PICTURES))
    expect(page.get_by_role("heading", level=1)).to_have_text(start_heading(PICTURES))
    page.get_by_role("button", name="Exit this page").click()
    expect(page).to_have_url(exit_url)
    expect_link_forgotten(page, live_server)


def test_pressing_shift_three_times_exits_and_forgets_the_link(app, live_server, new_context, exit_url):
    page = new_context(javascript=True).new_page()
    open_first_question(page, live_server, WORDS)
    fill_in(page, WORDS, WORDS.questions[0])  # halfway through choosing, someone walks in
    for _ in range(3):
        page.keyboard.press("Shift")
    expect(page).to_have_url(exit_url)
    expect_link_forgotten(page, live_server)


@pytest.mark.parametrize("javascript", [True, False], ids=["js-on", "js-off"])
def test_every_tap_target_in_the_picture_version_is_at_least_44px(app, live_server, new_context, javascript):
    page = new_context(javascript=javascript, viewport=PHONE).new_page()
    heading = page.get_by_role("heading", level=1)
    small = {}

    def measure(name: str) -> None:
        page.wait_for_load_state("load")  # styles applied, and the Read to me button in place
        found = page.evaluate(SMALL_TARGETS, [TAP_TARGET])
        if found:
            small[name] = found

    page.goto(live_server + invite(PICTURES))
    expect(heading).to_have_text(start_heading(PICTURES))
    measure("start")
    page.get_by_role("button", name="Start now").click()
    while (question := question_on(page, PICTURES)) is not None:
        expect(heading).to_have_text(str(question.title))
        if javascript:
            # Chromium here has no voices, so the button says Read to me is not available: it is still measured.
            expect(page.locator(".app-read-aloud__button")).to_be_visible()
        measure(question.id)
        if not question.optional:
            page.get_by_role("button", name="Continue").click()
            expect(page).to_have_title(f"Error: {question.title} – Listen to Me")
            measure(f"{question.id} (error)")
        fill_in(page, PICTURES, question)
        address = page.url
        page.get_by_role("button", name="Continue").click()
        expect(page).not_to_have_url(address)
    expect(heading).to_have_text("Check your answers")
    measure("check answers")
    page.get_by_role("main").get_by_role("link", name="Get help now").click()
    expect(heading).to_have_text("Get help now")
    measure("get help now")
    page.get_by_role("button", name="Carry on with my answers").click()
    page.get_by_role("button", name="Send my answers").click()
    expect(heading).to_have_text("Your answers have been sent")
    measure("sent")

    report = "\n".join(f"{name}:\n  " + "\n  ".join(found) for name, found in small.items())
    assert not small, f"tap targets smaller than {TAP_TARGET}x{TAP_TARGET}px at 360px wide:\n{report}"


@pytest.mark.parametrize("javascript", [True, False], ids=["js-on", "js-off"])
def test_i_dont_feel_safe_shows_where_to_get_help_and_flags_the_answers(app, live_server, new_context, javascript):
    page = new_context(javascript=javascript).new_page()
    open_first_question(page, live_server, WORDS)
    page.get_by_role("button", name="I don't feel safe").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Get help now")
    main = page.get_by_role("main")
    expect(main.get_by_role("link", name="Call Childline on 0800 1111")).to_have_attribute("href", "tel:08001111")
    expect(main).to_contain_text("Text SHOUT to 85258")
    expect(main).to_contain_text("If you are in danger now, call 999.")

    db.session.expire_all()
    submission = db.session.scalar(select(Submission))
    assert submission is not None and submission.urgent_reason == flags.ASKED, "the IRO is told at once"
    assert submission.urgent_at is not None

    page.get_by_role("button", name="Carry on with my answers").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(str(WORDS.questions[0].title))  # where they were
