"""Every page of every questionnaire passes axe on a phone with and without JavaScript, and on a desktop with it.

(A desktop without JavaScript gets the phone's no-JavaScript markup laid out as the desktop's, both walked here.)

A person walks each questionnaire in Chromium: every required page is first sent empty
(its error state is checked too), then answered as tests/helpers/walking.py answers it, so
every page that depends on an earlier answer is seen.
"""

import pytest
from playwright.sync_api import expect

from app.questionnaires.registry import QUESTIONNAIRES
from tests.browser.conftest import (
    DESKTOP,
    PHONE,
    assert_error_state,
    assert_no_horizontal_scroll,
    fill_in,
    invite,
    question_on,
    start_heading,
)

pytestmark = pytest.mark.browser

SETUPS = {"phone-js-on": (PHONE, True), "phone-js-off": (PHONE, False), "desktop-js-on": (DESKTOP, True)}


@pytest.mark.parametrize(("viewport", "javascript"), SETUPS.values(), ids=SETUPS.keys())
@pytest.mark.parametrize("questionnaire", QUESTIONNAIRES.values(), ids=QUESTIONNAIRES.keys())
def test_every_page_of_the_questionnaire_passes_axe(app, live_server, new_context, axe, questionnaire, viewport, javascript):
    link = invite(questionnaire)
    page = new_context(javascript=javascript, viewport=viewport).new_page()
    heading = page.get_by_role("heading", level=1)

    def looks_right() -> None:
        axe.check(page, javascript)
        assert_no_horizontal_scroll(page)

    page.goto(live_server + link)
    expect(heading).to_have_text(start_heading(questionnaire))
    looks_right()
    page.get_by_role("button", name="Start now").click()

    visited = []
    while (question := question_on(page, questionnaire)) is not None:
        assert question.id not in visited, f"the questions go round in a loop: {visited + [question.id]}"
        visited.append(question.id)
        expect(heading).to_have_text(str(question.title))
        looks_right()
        if not question.optional:
            assert_error_state(page, question, javascript)
            looks_right()
            if javascript:
                # The summary's link takes the person to the field, ready to answer.
                summary_link = page.locator(".govuk-error-summary__list a")
                target = page.locator(summary_link.get_attribute("href"))
                summary_link.click()
                expect(target).to_be_focused()
        fill_in(page, questionnaire, question)
        address = page.url
        page.get_by_role("button", name="Continue").click()
        expect(page).not_to_have_url(address)

    assert visited == [q.id for q in questionnaire.questions], "the walk saw every page, in order"

    expect(heading).to_have_text("Check your answers")
    expect(page.locator(".govuk-summary-list__row")).to_have_count(len(visited))
    looks_right()
    page.get_by_role("button", name="Send my answers").click()
    expect(heading).to_have_text("Your answers have been sent")
    looks_right()
