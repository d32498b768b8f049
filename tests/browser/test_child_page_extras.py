"""What child pages add to a questionnaire: Read to me, Exit this page, big tap targets, and help when unsafe."""

import pytest
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

# A speech engine that only remembers: what it was asked to say, and how often it was stopped.
# Utterances never end by themselves, so the button stays in its "Stop reading" state until pressed.
FAKE_SPEECH = """
window.spoken = []
window.speechCancelled = 0
class FakeUtterance extends EventTarget {
  constructor (text) { super(); this.text = text; this.lang = ''; this.rate = 1 }
}
const fakeSpeech = {
  speaking: false, pending: false, paused: false,
  speak (utterance) { window.spoken.push(utterance.text) },
  cancel () { window.speechCancelled += 1 },
  getVoices () { return [] },
}
Object.defineProperty(window, 'speechSynthesis', { value: fakeSpeech, configurable: true })
Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true, writable: true })
"""

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
    question = PICTURES.questions[0]
    words = [str(question.title), str(question.hint), *(str(option.label) for option in question.options)]

    read = page.get_by_role("button", name="Read to me")
    expect(read).to_be_visible()
    read.click()
    assert page.evaluate("window.spoken") == words, "the heading, the hint, then each answer's word (not its picture)"
    # Pressing it again stops the reading.
    stop = page.get_by_role("button", name="Stop reading")
    expect(stop).to_be_visible()
    stop.click()
    expect(read).to_be_visible()
    assert page.evaluate("window.speechCancelled") >= 1

    # On the error state, the error is read first.
    page.get_by_role("button", name="Continue").click()
    expect(page).to_have_title(f"Error: {question.title} – Listen to Me")
    page.evaluate("window.spoken = []")
    page.get_by_role("button", name="Read to me").click()
    assert page.evaluate("window.spoken") == [f"Error: {question.error_required}", *words]

    # A face question: the words, never the emoji or the picture's description.
    fill_in(page, PICTURES, question)
    page.get_by_role("button", name="Continue").click()
    faces = PICTURES.questions[1]
    expect(page.get_by_role("heading", level=1)).to_have_text(str(faces.title))
    page.evaluate("window.spoken = []")
    page.get_by_role("button", name="Read to me").click()
    assert page.evaluate("window.spoken") == [str(faces.title), *(str(option.label) for option in faces.options)]


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
            expect(page.get_by_role("button", name="Read to me")).to_be_visible()
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
