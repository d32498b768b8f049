"""A child answers on a phone, with and without JavaScript, and their IRO reads the views: every page checked by axe."""

import re

import pytest
from playwright.sync_api import expect

from tests import factories
from tests.browser.conftest import DESKTOP, assert_no_horizontal_scroll

pytestmark = pytest.mark.browser

# What this child says, by the question's words. The questionnaire is data and
# grows; a page not listed here gets its first option, or is skipped if free text.
ANSWERS = {
    "Can your IRO share what you say at your review?": "Yes, they can share it",
    "How have you felt lately?": "Happy",
    "How do you feel about where you live?": "OK",
    "Do you feel safe where you live?": "Yes",
    "How is school going?": "Sad",
    "Do you see your family as much as you want to?": "I want to see them more",
    "What is going well for you?": "type:Football on Saturdays with my foster carer",
    "Is anything worrying you?": "type:",  # skipped, as the start page says a child may
    "Do you want to come to your review meeting?": "Yes, part of it",
    "Would you like an advocate?": "Not sure",
    "Would you like to talk to your IRO before the meeting?": "No",
    "Is there anything else you want your IRO to know?": "type:Can I have my bike fixed",
}
REQUIRED_FIRST = "Select if your IRO can share what you say"


def heading(page):
    return page.get_by_role("heading", level=1)


def answer(page, title: str) -> None:
    """Answer the question on the page as a person would, then press Continue."""
    reply = ANSWERS.get(title)
    if reply is None:
        choices = page.get_by_role("radio").or_(page.get_by_role("checkbox"))
        reply = "type:" if choices.count() == 0 else f"pick:{choices.first.get_attribute('id')}"
    if reply.startswith("type:"):
        page.get_by_label(title).fill(reply.removeprefix("type:"))
    elif reply.startswith("pick:"):
        page.locator(f"#{reply.removeprefix('pick:')}").check()
    else:
        # By its accessible name, which leaves out the face's picture (alt=""), as a screen reader says it.
        page.get_by_role("radio", name=reply, exact=True).check()
    page.get_by_role("button", name="Continue").click()


@pytest.mark.parametrize("javascript", [True, False], ids=["js-on", "js-off"])
def test_child_sends_views_from_a_phone_and_their_iro_reads_them(app, live_server, new_context, axe, javascript):
    iro = factories.create_staff(name="Amara Okafor")
    child = factories.create_child(iro=iro, first_name="Jordan", review_in_days=14)
    link = factories.create_invitation(child)
    iro_email, child_name = iro.email, child.full_name
    due = child.next_review.due_on
    review_date = f"before {due.day} {due:%B}"  # no meeting booked yet: only the day it will be before

    page = new_context(javascript=javascript).new_page()

    def looks_right(title: str) -> None:
        """The page has arrived, passes axe, and fits a 360px screen."""
        expect(heading(page)).to_have_text(title)
        axe.check(page, javascript)
        assert_no_horizontal_scroll(page)

    page.goto(live_server + link)
    looks_right("Hello Jordan")
    expect(page.get_by_text("Amara is your Independent Reviewing Officer (IRO)")).to_be_visible()
    page.get_by_role("button", name="Start now").click()

    # Pressing Continue without choosing shows the error summary, linked to the question.
    expect(heading(page)).not_to_have_text("Hello Jordan")
    first_title = heading(page).inner_text().strip()
    looks_right(first_title)
    page.get_by_role("button", name="Continue").click()
    expect(page).to_have_title(re.compile(r"^Error: "))
    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("There is a problem")
    expect(summary.get_by_role("link", name=REQUIRED_FIRST)).to_be_visible()
    looks_right(first_title)
    if javascript:
        # GOV.UK Frontend moves focus to the summary so a screen reader announces it.
        expect(page.locator(".govuk-error-summary")).to_be_focused()

    seen = []
    while (title := heading(page).inner_text().strip()) != "Check your answers":
        assert title not in seen and len(seen) < 40, f"the questions go round in a loop: {seen + [title]}"
        if seen:
            looks_right(title)
        seen.append(title)
        answer(page, title)
        expect(heading(page)).not_to_have_text(title)
    assert set(ANSWERS) <= set(seen), f"questions never asked: {set(ANSWERS) - set(seen)}"

    looks_right("Check your answers")
    rows = page.locator(".govuk-summary-list__row")
    expect(rows.filter(has_text="How have you felt lately?")).to_contain_text("Happy")
    expect(rows.filter(has_text="Is anything worrying you?")).to_contain_text("You skipped this")

    # Change one answer and come straight back to check answers.
    page.get_by_role("link", name="Change How have you felt lately?").click()
    looks_right("How have you felt lately?")
    expect(page.get_by_role("radio", name="Happy", exact=True)).to_be_checked()
    page.get_by_role("radio", name="Very happy", exact=True).check()
    page.get_by_role("button", name="Continue").click()
    looks_right("Check your answers")
    expect(rows.filter(has_text="How have you felt lately?")).to_contain_text("Very happy")

    page.get_by_role("button", name="Send my answers").click()
    looks_right("Your answers have been sent")
    main = page.get_by_role("main")
    expect(main).to_contain_text("Amara, your IRO, will read your answers.")
    expect(main).to_contain_text(review_date)

    # The IRO signs in at a desk and reads what was sent.
    desk = new_context(viewport=DESKTOP).new_page()
    desk.goto(live_server + "/staff/sign-in")
    expect(heading(desk)).to_have_text("Sign in")
    axe.check(desk)
    desk.get_by_label("Email address").fill(iro_email)
    desk.get_by_label("Password").fill(factories.PASSWORD)
    desk.get_by_role("button", name="Continue").click()
    expect(heading(desk)).to_have_text("Enter your code")
    axe.check(desk)
    desk.get_by_label("Code").fill(factories.totp_code(iro))
    desk.get_by_role("button", name="Sign in").click()

    expect(heading(desk)).to_have_text("Caseload")
    axe.check(desk)
    row = desk.get_by_role("row").filter(has_text=child_name)
    expect(row).to_contain_text("New views")
    row.get_by_role("link", name=child_name).click()

    expect(heading(desk)).to_have_text(child_name)
    axe.check(desk)
    desk.get_by_role("link", name=re.compile(r"views sent", re.IGNORECASE)).click()

    expect(heading(desk)).to_contain_text(child_name)
    expect(desk.get_by_role("button", name="Mark as read")).to_be_visible()
    axe.check(desk)
    views = desk.locator(".govuk-summary-list")
    for question, reply in [
        ("How have you felt lately?", "Very happy"),
        ("What is going well for you?", "Football on Saturdays with my foster carer"),
        ("Is anything worrying you?", "Not provided"),
        ("Is there anything else you want your IRO to know?", "Can I have my bike fixed"),
    ]:
        expect(views.locator(".govuk-summary-list__row").filter(has_text=question)).to_contain_text(reply)
    desk.get_by_role("button", name="Mark as read").click()

    expect(heading(desk)).to_have_text(child_name)
    expect(desk.get_by_role("alert", name="Done")).to_contain_text("Marked as read")
    expect(desk.get_by_role("main").get_by_role("listitem").filter(has_text=re.compile("views sent", re.I))).to_contain_text("Read")
    axe.check(desk)
