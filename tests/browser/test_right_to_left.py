"""A child's pages in Arabic read right to left on a 360px phone: measured where things sit, checked with axe, and
photographed (in the test's temporary folder) for a person to look at."""

import pytest
from flask_babel import force_locale, gettext
from playwright.sync_api import expect

from app.questionnaires.registry import QUESTIONNAIRES
from tests.browser.conftest import PHONE, assert_no_horizontal_scroll, fill_in, invite, question_on

pytestmark = pytest.mark.browser

PICTURES = QUESTIONNAIRES["child_4_7"]
WORDS = QUESTIONNAIRES["child_8_11"]

# Where the words of an element sit inside it: the gaps between its padding box and its text, left and right.
TEXT_GAPS = """element => {
  const range = document.createRange()
  range.selectNodeContents(element)
  const text = range.getBoundingClientRect()
  const box = element.getBoundingClientRect()
  const style = getComputedStyle(element)
  return [text.left - box.left - parseFloat(style.paddingLeft) - parseFloat(style.borderLeftWidth),
          box.right - text.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth)]
}"""


@pytest.fixture
def arabic(app):
    """Arabic switched on, as it will be once its catalog is complete."""
    app.config["LANGUAGES"] = (*app.config["LANGUAGES"], "ar")


def ar(words: str) -> str:
    """The words as an Arabic page says them."""
    with force_locale("ar"):
        return gettext(words)


def fill_in_arabic(page, questionnaire, question) -> None:
    """Answer as tests/browser/conftest.fill_in does, by the answers' Arabic words."""
    with force_locale("ar"):
        fill_in(page, questionnaire, question)


def open_in_arabic(page, live_server, questionnaire) -> None:
    page.goto(live_server + invite(questionnaire, language="ar"))
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("html")).to_have_attribute("lang", "ar")


def px(value: str) -> float:
    return float(value.removesuffix("px"))


def box(locator) -> dict:
    found = locator.bounding_box()
    assert found is not None, locator
    return found


def right(found: dict) -> float:
    return found["x"] + found["width"]


def assert_starts_on_the_right(*elements) -> None:
    """Each element's words sit against its right-hand side."""
    assert elements
    for element in elements:
        left_gap, right_gap = element.evaluate(TEXT_GAPS)
        assert right_gap < 2 and left_gap >= right_gap, (element.inner_text(), left_gap, right_gap)


def every(page, selector: str) -> list:
    return page.locator(selector).all()


def pseudo(page, selector: str, which: str, properties: list[str]) -> list[str]:
    return page.evaluate(
        "([selector, which, properties]) => { const style = getComputedStyle(document.querySelector(selector), which);"
        " return properties.map(name => style.getPropertyValue(name)) }",
        [selector, which, properties],
    )


def check_page(page, axe, shots, name: str) -> None:
    axe.check(page, javascript=True)
    assert_no_horizontal_scroll(page)
    page.screenshot(path=str(shots / f"{name}.png"), full_page=True)


@pytest.mark.parametrize("questionnaire", [PICTURES, WORDS], ids=["pictures", "words"])
def test_a_childs_pages_in_arabic_are_mirrored(arabic, app, live_server, new_context, axe, tmp_path, questionnaire):
    page = new_context(javascript=True, viewport=PHONE).new_page()
    open_in_arabic(page, live_server, questionnaire)
    main = box(page.locator("main"))

    # The start page: text from the right, the Start button's arrow pointing left, after its words.
    check_page(page, axe, tmp_path, "start")
    assert_starts_on_the_right(*every(page, "main h1, main .govuk-list--bullet li"))
    bullets = pseudo(page, "main .govuk-list--bullet", "", ["padding-right", "padding-left"])
    assert bullets == ["20px", "0px"], "bullets hang on the right"
    inset = pseudo(page, "main .govuk-inset-text", "", ["border-right-width", "border-left-width"])
    assert inset == ["10px", "0px"]
    start = page.get_by_role("button", name=ar("Start now"))
    arrow = start.locator("svg")
    words_left = start.evaluate(
        """button => { const range = document.createRange();
        const text = [...button.childNodes].find(node => node.nodeType === Node.TEXT_NODE && node.textContent.trim());
        range.selectNodeContents(text); return range.getBoundingClientRect().x }"""
    )
    assert right(box(arrow)) <= words_left + 1, "the arrow is on the left, after the words"
    assert arrow.evaluate("svg => getComputedStyle(svg).transform").startswith("matrix(-1, 0, 0, 1"), "and points left"
    start.click()

    # A question: the Back link's arrow points right and sits on the right; each answer's box is on its right.
    question = question_on(page, questionnaire)
    check_page(page, axe, tmp_path, "question")
    back = page.locator(".govuk-back-link")
    assert abs(right(box(back)) - main["x"] - main["width"]) < 2, "the Back link starts on the right"
    arrow_right, arrow_left, turned = pseudo(page, ".govuk-back-link", "::before", ["right", "left", "transform"])
    assert turned == "matrix(0.707107, 0.707107, -0.707107, 0.707107, 0, 0)", "a right-pointing arrow"
    padding = pseudo(page, ".govuk-back-link", "", ["padding-right", "padding-left"])
    assert padding[1] == "0px" and px(arrow_right) < px(padding[0]) < px(arrow_left), "in the room on the right of the words"
    assert_starts_on_the_right(*every(page, "main .govuk-caption-l, main h1"))
    circle_right, circle_left = pseudo(page, ".govuk-radios__label", "::before", ["right", "left"])
    assert px(circle_right) < px(circle_left), "the circle is drawn on the right"
    for item in page.locator(".govuk-radios__item").all():
        label = box(item.locator(".govuk-radios__label"))
        if questionnaire.pictures:
            # The card's circle is on the right, then the picture, then the words to its left.
            assert box(item.locator(".app-option-picture"))["x"] > box(item.locator(".app-option-word"))["x"]
            padding = item.evaluate("item => [getComputedStyle(item).paddingRight, getComputedStyle(item).paddingLeft]")
            assert padding == ["50px", "10px"], "room for the circle on the right"
        else:
            assert box(item.locator("input"))["x"] > label["x"], "the circle is to the right of the words"
            picture = item.locator(".app-face")
            if picture.count():
                assert box(picture)["x"] > box(item.locator(".app-option-word"))["x"], "the face is before the words"

    # The same question with an error: the summary and the red bar on the right.
    page.get_by_role("button", name=ar("Continue")).click()
    expect(page.locator(".govuk-error-summary")).to_be_visible()
    check_page(page, axe, tmp_path, "question-error")
    assert_starts_on_the_right(*every(page, ".govuk-error-summary__title, .govuk-error-summary__list a"))
    assert_starts_on_the_right(*every(page, "main .govuk-error-message"))
    bar = pseudo(page, ".govuk-form-group--error", "", ["border-right-width", "border-left-width"])
    assert bar == ["5px", "0px"]

    # Check answers: every row from the right.
    fill_in_arabic(page, questionnaire, question)
    page.get_by_role("button", name=ar("Continue")).click()
    while (question := question_on(page, questionnaire)) is not None:
        fill_in_arabic(page, questionnaire, question)
        address = page.url
        page.get_by_role("button", name=ar("Continue")).click()
        expect(page).not_to_have_url(address)
    expect(page.get_by_role("heading", level=1)).to_have_text(ar("Check your answers"))
    check_page(page, axe, tmp_path, "check-answers")
    assert_starts_on_the_right(*every(page, "main h1, .govuk-summary-list__key"))
    for value in page.locator(".govuk-summary-list__value").all():
        content = value.locator(".app-answer-pictures")
        if content.count():
            # The picture first, on the right, its words to the left.
            assert box(content.locator("img").first)["x"] > box(content.locator(".app-option-word"))["x"]
        else:
            assert_starts_on_the_right(value)

    # Getting help: the numbers read left to right inside the Arabic sentence.
    page.get_by_role("main").get_by_role("link", name=ar("Get help now")).click()
    check_page(page, axe, tmp_path, "help")
    childline = page.locator("a[href='tel:08001111'] bdi")
    expect(childline).to_have_text("0800 1111")
    first, second = childline.evaluate(
        """bdi => { const range = document.createRange(); const text = bdi.firstChild;
        range.setStart(text, 0); range.setEnd(text, 4); const a = range.getBoundingClientRect();
        range.setStart(text, 5); range.setEnd(text, 9); const b = range.getBoundingClientRect();
        return [[a.y, a.x], [b.y, b.x]] }"""
    )
    # On one line, 0800 to the left of 1111; wrapped, 0800 on the line above.
    assert first[0] < second[0] or (first[0] == second[0] and first[1] < second[1]), "0800 comes before 1111"
