"""A child who uses only a keyboard (or a switch) answers from the link to "sent", and can always see where they are.

Nothing here clicks: every step is page.keyboard (Tab, Shift+Tab, Enter, Space, arrows, typing).
The page is read only to know where focus is and that the focus state is visible.
"""

import pytest
from playwright.sync_api import expect

from app.definitions.questionnaire import Kind
from app.questionnaires.registry import QUESTIONNAIRES
from tests.browser.conftest import PHONE, invite, question_on, start_heading
from tests.helpers.walking import form_data

pytestmark = pytest.mark.browser

# GOV.UK Frontend's focus state: yellow (#ffdd00) as an outline, box-shadow, background or border.
FOCUSED = """() => {
  const el = document.activeElement
  if (!el || el === document.body) return null
  const label = el.labels && el.labels.length ? el.labels[0] : null
  const styles = [getComputedStyle(el)]
  // A radio or checkbox is drawn by its label (::before); in the picture version the card has a ring too.
  if (label) styles.push(getComputedStyle(label, '::before'))
  const card = el.closest('.govuk-radios__item, .govuk-checkboxes__item')
  if (card) styles.push(getComputedStyle(card))
  const yellow = 'rgb(255, 221, 0)'
  const shows = (s) =>
    (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && s.outlineColor === yellow) ||
    s.boxShadow.includes(yellow) || s.backgroundColor === yellow || s.borderTopColor === yellow
  const name = label ? label.innerText : (el.innerText || el.getAttribute('aria-label') || '')
  return {
    tag: el.tagName.toLowerCase(), id: el.id, type: el.type || '', value: el.value ?? '', checked: !!el.checked,
    name: name.replace(/\\s+/g, ' ').trim(), visible: styles.some(shows), html: el.outerHTML.slice(0, 160),
  }
}"""


class Keyboard:
    """Keys pressed, and after each a check that focus is on something and visibly so."""

    def __init__(self, page):
        self.page = page

    def focused(self) -> dict:
        focus = self.page.evaluate(FOCUSED)
        assert focus is not None, f"{self.page.url}: focus is on the page body, not on something to use"
        assert focus["visible"], f"{self.page.url}: focus is not visible on {focus['html']}"
        return focus

    def press(self, key: str) -> dict:
        self.page.keyboard.press(key)
        return self.focused()

    def tab_to(self, name: str | None = None, element_id: str | None = None, backwards: bool = False, limit: int = 80) -> dict:
        """Tab (or Shift+Tab) until focus reaches the control with this name or id; every stop on the way shows focus."""
        key = "Shift+Tab" if backwards else "Tab"
        stops = []
        for _ in range(limit):
            focus = self.press(key)
            stops.append(focus["name"] or focus["id"])
            if (name is not None and focus["name"] == name) or (element_id is not None and focus["id"] == element_id):
                return focus
        raise AssertionError(f"{self.page.url}: never reached {name or element_id!r} with {key}; stopped on {stops}")

    def skip_link_first(self, follow: bool = False) -> None:
        """On a freshly loaded page the first Tab stop is the skip link; Enter on it moves into main."""
        self.page.wait_for_load_state("load")  # its stylesheet and scripts are in place, as a person would wait
        focus = self.press("Tab")
        assert focus["name"] == "Skip to main content", f"{self.page.url}: first Tab stop is {focus['html']}"
        if follow:
            self.page.keyboard.press("Enter")
            expect(self.page.locator("main")).to_be_focused()


def choose(keys: Keyboard, questionnaire, question) -> None:
    """Answer as tests/helpers/walking.py does, from the keyboard."""
    page = keys.page
    data = form_data(questionnaire, question)
    if question.kind is Kind.TEXT:
        keys.tab_to(element_id="answer")
        page.keyboard.type(data["answer"])
        expect(page.get_by_label(str(question.title), exact=True)).to_have_value(data["answer"])
    elif question.kind is Kind.MULTI:
        for value in data["answer"]:
            focus = keys.tab_to(name=str(next(o.label for o in question.options if o.value == value)))
            assert focus["type"] == "checkbox" and not focus["checked"]
            assert keys.press("Space")["checked"]
        if "other" in data:
            keys.tab_to(name="What else?")
            page.keyboard.type(data["other"])
    else:
        # Tab enters a radio group once, on its first answer when none is chosen; Space
        # chooses it, and each arrow moves to the next answer and chooses that.
        values = [o.value for o in question.options]
        # The error summary's link may have brought focus here already.
        focus = page.evaluate(FOCUSED)
        if focus is None or focus["id"] != "answer":
            focus = keys.tab_to(element_id="answer")
        assert focus["type"] == "radio" and focus["value"] == values[0]
        position = values.index(data["answer"])
        focus = keys.press("Space") if position == 0 else None
        for _ in range(position):
            focus = keys.press("ArrowDown")
        assert focus["value"] == data["answer"] and focus["checked"], focus


@pytest.mark.parametrize("questionnaire_id", ["child_4_7", "child_12_15"])
def test_a_child_answers_everything_with_only_a_keyboard(app, live_server, new_context, questionnaire_id):
    questionnaire = QUESTIONNAIRES[questionnaire_id]
    link = invite(questionnaire)
    page = new_context(javascript=True, viewport=PHONE).new_page()
    heading = page.get_by_role("heading", level=1)
    keys = Keyboard(page)

    page.goto(live_server + link)
    expect(heading).to_have_text(start_heading(questionnaire))
    # The start page is tabbed through from the top, past the header and Exit this page.
    keys.skip_link_first()
    keys.tab_to(name="Start now")
    page.keyboard.press("Enter")

    # The first question, sent empty: focus goes to the error summary, its link to the answers.
    # (Not through the skip link: see test_the_error_summary_takes_focus_after_the_skip_link.)
    first = questionnaire.questions[0]
    expect(heading).to_have_text(str(first.title))
    keys.skip_link_first()
    keys.tab_to(name="Continue")
    page.keyboard.press("Enter")
    expect(page).to_have_title(f"Error: {first.title} – Listen to Me")
    # GOV.UK Frontend moves focus to the error summary, and shows it.
    expect(page.locator(".govuk-error-summary")).to_be_focused()
    keys.focused()
    keys.tab_to(name=str(first.error_required))
    page.keyboard.press("Enter")
    assert keys.focused()["id"] == "answer"

    visited = []
    while (question := question_on(page, questionnaire)) is not None:
        assert question.id not in visited, f"the questions go round in a loop: {visited + [question.id]}"
        expect(heading).to_have_text(str(question.title))
        if visited:
            keys.skip_link_first()  # and on past the header and Back, as many keyboard users do
        visited.append(question.id)
        choose(keys, questionnaire, question)
        keys.tab_to(name="Continue")
        address = page.url
        page.keyboard.press("Enter" if len(visited) % 2 else "Space")  # a button takes either
        expect(page).not_to_have_url(address)
    assert visited == [q.id for q in questionnaire.questions]

    expect(heading).to_have_text("Check your answers")
    keys.skip_link_first()
    keys.tab_to(name="Send my answers")
    # One Tab too far lands on "I don't feel safe"; Shift+Tab comes back.
    assert keys.press("Tab")["name"] == "I don't feel safe"
    keys.tab_to(name="Send my answers", backwards=True, limit=1)
    page.keyboard.press("Enter")

    expect(heading).to_have_text("Your answers have been sent")
    keys.skip_link_first()


# A form without an action posts to the page's address with any fragment, and the redirect keeps it:
# after the skip link (#main-content) focus would leave the error summary, and every later page would open
# at #main-content. Forms name their action without the fragment; these two tests hold that in place.


def open_first_question_by_keyboard(page, live_server, questionnaire) -> Keyboard:
    keys = Keyboard(page)
    page.goto(live_server + invite(questionnaire))
    keys.skip_link_first()
    keys.tab_to(name="Start now")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(str(questionnaire.questions[0].title))
    return keys


def test_the_error_summary_takes_focus_after_the_skip_link(app, live_server, new_context):
    questionnaire = QUESTIONNAIRES["child_8_11"]
    page = new_context(javascript=True, viewport=PHONE).new_page()
    keys = open_first_question_by_keyboard(page, live_server, questionnaire)
    keys.skip_link_first(follow=True)
    keys.tab_to(name="Continue")
    page.keyboard.press("Enter")
    expect(page).to_have_title(f"Error: {questionnaire.questions[0].title} – Listen to Me")
    expect(page.locator(".govuk-error-summary")).to_be_focused(timeout=2000)


def test_the_skip_link_is_still_the_first_tab_stop_on_the_next_page(app, live_server, new_context):
    questionnaire = QUESTIONNAIRES["child_8_11"]
    page = new_context(javascript=True, viewport=PHONE).new_page()
    keys = open_first_question_by_keyboard(page, live_server, questionnaire)
    keys.skip_link_first(follow=True)
    choose(keys, questionnaire, questionnaire.questions[0])
    keys.tab_to(name="Continue")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(str(questionnaire.questions[1].title))
    keys.skip_link_first()
