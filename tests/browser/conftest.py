"""Fixtures for driving Debian's Chromium through Playwright against a live server, and checking pages with axe."""

import re
import threading
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from flask import Flask
from werkzeug.serving import WSGIRequestHandler, make_server

from app.extensions import db
from app.invitations.tokens import create_invitation
from app.models import Respondent, Review
from app.definitions.questionnaire import (
    Audience,
    Kind,
    Option,
    Purpose,
    Question,
    Questionnaire,
)
from app.questionnaires.errors import DATE_PARTS
from app.security import CONTENT_SECURITY_POLICY
from tests import factories
from tests.conftest import needs
from tests.helpers.walking import form_data

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"

PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 800}

# Quiet, offline Chromium: no first-run pages, no update checks, no calls home.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
    # Only violations are read, so axe need not build the (long) lists of passes and inapplicable rules.
    "resultTypes": ["violations"],
}


class QuietRequestHandler(WSGIRequestHandler):
    """Keeps a line per request out of the test output; failures still show in tracebacks."""

    def log_request(self, *args, **kwargs) -> None:
        pass


class LiveServer:
    """Serves a Flask app on a free local port from a daemon thread."""

    def __init__(self, app: Flask):
        self._server = make_server("127.0.0.1", 0, app, threaded=True, request_handler=QuietRequestHandler)
        self.url = f"http://127.0.0.1:{self._server.server_port}"
        self._thread = threading.Thread(target=self._server.serve_forever, name="live-server", daemon=True)

    def __enter__(self) -> "LiveServer":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


@pytest.fixture
def live_server(app) -> Iterator[str]:
    """The base URL of the `app` fixture's app, served for real so a browser can use it."""
    # The app fixture holds an app context on this thread; each served request pushes its own.
    with LiveServer(app) as server:
        yield server.url


@pytest.fixture
def exit_url(app, live_server) -> str:
    """Where "Exit this page" goes in these tests: the live server's own home page, never a real site."""
    app.config["EXIT_URL"] = live_server + "/"
    return app.config["EXIT_URL"]


def launch_chromium(playwright):
    """Debian's Chromium, never a downloaded browser."""
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)


@pytest.fixture(scope="session")
def chromium():
    if not CHROMIUM.exists():
        needs("Chromium", "apt-get install chromium (Debian's package at /usr/bin/chromium); never `playwright install`")
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    browser = launch_chromium(playwright)
    yield browser
    browser.close()
    playwright.stop()


@pytest.fixture
def new_context(chromium) -> Iterator[Callable]:
    """Open a browser context (a person's own browser); all are closed after the test."""
    contexts = []

    def open_context(javascript: bool = True, viewport: dict = PHONE):
        context = chromium.new_context(java_script_enabled=javascript, viewport=viewport, locale="en-GB")
        context.set_default_timeout(10_000)
        contexts.append(context)
        return context

    yield open_context
    for context in contexts:
        context.close()


class Axe:
    """Runs axe-core in a page and fails with a readable list of WCAG 2.2 AA violations.

    axe is evaluated through Playwright (the DevTools protocol), not added as a
    <script>: our CSP is `script-src 'self'`, which rightly blocks an injected
    inline script, and we keep the CSP enforced so pages are tested as served.

    Pages seen with JavaScript off: Chromium lets Playwright evaluate there, but
    fires no timers, and axe.run waits on setTimeout, so it never finishes. So
    axe runs on a mirror: the exact DOM the person without JavaScript got
    (`page.content()`), served at the same URL with the same CSP into a
    JavaScript-on page whose own script requests are aborted. Stylesheets and
    images load from the live server, so contrast and layout are as they saw
    them, and nothing the page's scripts would add (init.js, GOV.UK Frontend
    components) is there. `check` asserts that, and that the page has no
    <noscript>, which a JavaScript-on page would not render.
    """

    def __init__(self, source: str):
        self.source = source
        self._mirror = None
        self._document: tuple[str, str] | None = None

    def check(self, page, javascript: bool = True) -> None:
        # A heading can show before the page's deferred module scripts have run; by "load" they have.
        page.wait_for_load_state("load")
        if not javascript:
            url, html = page.url, page.content()
            assert "<noscript" not in html, f"{url}: a <noscript> would not show in the axe mirror"
            page = self._mirrored(page, url, html)
        if not page.evaluate("() => typeof window.axe === 'object'"):
            page.evaluate(self.source)
        enhanced = page.evaluate("() => document.body.classList.contains('govuk-frontend-supported')")
        assert enhanced is javascript, f"{page.url}: expected the page's JavaScript to have {'run' if javascript else 'not run'}"
        result = page.evaluate("options => axe.run(document, options)", AXE_OPTIONS)
        assert not result["violations"], describe_violations(page.url, page.title(), result["violations"])

    def _mirrored(self, page, url: str, html: str):
        if self._mirror is None:
            context = page.context.browser.new_context(viewport=page.viewport_size, java_script_enabled=True)
            context.route("**/*", self._serve_mirror)
            self._mirror = context.new_page()
        self._document = (url, html)
        self._mirror.goto(url)
        return self._mirror

    def _serve_mirror(self, route) -> None:
        request = route.request
        if request.resource_type == "document" and request.url == self._document[0]:
            route.fulfill(
                status=200,
                content_type="text/html; charset=utf-8",
                headers={"Content-Security-Policy": CONTENT_SECURITY_POLICY},
                body=self._document[1],
            )
        elif request.resource_type == "script":
            route.abort()
        else:
            route.continue_()

    def close(self) -> None:
        if self._mirror is not None:
            self._mirror.context.close()


def describe_violations(url: str, title: str, violations: list[dict]) -> str:
    lines = [f"axe found {len(violations)} WCAG violation(s) on {title!r} ({url}):"]
    for violation in violations:
        lines.append(f"- {violation['id']} [{violation['impact']}]: {violation['help']} ({violation['helpUrl']})")
        for node in violation["nodes"]:
            target = " ".join(str(part) for part in node["target"])
            summary = " ".join(node.get("failureSummary", "").split())
            lines.append(f"    {target}: {summary}")
    return "\n".join(lines)


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE.exists():
        needs("axe-core", "run npm ci")
    return AXE.read_text(encoding="utf-8")


@pytest.fixture
def axe(axe_source) -> Iterator[Axe]:
    checker = Axe(axe_source)
    yield checker
    checker.close()


def assert_no_horizontal_scroll(page) -> None:
    """Nothing is wider than the screen, so nobody scrolls sideways to read a line."""
    widths = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1], f"{page.url} scrolls sideways: content {widths[0]}px wide on a {widths[1]}px screen"


# Who answers each audience's questionnaire; "adult" feedback is from a professional here.
RESPONDENTS = {
    Audience.CHILD: Respondent.CHILD,
    Audience.PARENT: Respondent.PARENT,
    Audience.CARER: Respondent.CARER,
    Audience.ADULT: Respondent.PROFESSIONAL,
}


def invite(questionnaire: Questionnaire, first_name: str = "Sam", language: str = "en") -> str:
    """The path of a new link to this questionnaire, for a child of its age with an IRO, who reads `language`.

    A consultation is for the child's next review; feedback is about a review already held."""
    child = factories.create_child(
        iro=factories.create_staff(), age=(questionnaire.ages or (10, 10))[0], first_name=first_name
    )
    child.preferred_language = language
    review = child.next_review
    if questionnaire.purpose is Purpose.FEEDBACK:
        review = Review(due_on=date.today() - timedelta(days=10), held_on=date.today() - timedelta(days=9))
        child.reviews.append(review)
    invitation, token = create_invitation(child, review, questionnaire.id)
    invitation.respondent = RESPONDENTS[questionnaire.audience]
    db.session.commit()
    return f"/c/{token}"


def start_heading(questionnaire: Questionnaire, first_name: str = "Sam") -> str:
    return f"Hello {first_name}" if questionnaire.audience is Audience.CHILD else str(questionnaire.title)


def option_name(questionnaire: Questionnaire, option: Option) -> str:
    """An answer's accessible name: in the picture version the picture's text alternative comes first; emoji are hidden."""
    if questionnaire.pictures and option.picture:
        return f"{option.picture_alt} {option.label}"
    return str(option.label)


def question_on(page, questionnaire: Questionnaire) -> Question | None:
    """The question this page asks, from its address (/consultation/<question id>)."""
    path = page.url.split("#", 1)[0].split("?", 1)[0]
    return questionnaire.question(path.rsplit("/", 1)[1])


def fill_in(page, questionnaire: Questionnaire, question: Question) -> None:
    """Give the answer tests/helpers/walking.py would, as a person would: tap each answer's label, type into each box."""
    data = form_data(questionnaire, question)
    if question.kind is Kind.TEXT:
        page.get_by_label(str(question.title), exact=True).fill(data["answer"])
        return
    if question.kind is Kind.DATE:
        for part in ("day", "month", "year"):
            page.get_by_label(str(DATE_PARTS[part]).capitalize(), exact=True).fill(data[part])
        return
    role = "checkbox" if question.kind is Kind.MULTI else "radio"
    chosen = data["answer"] if isinstance(data["answer"], list) else [data["answer"]]
    for value in chosen:
        option = next(o for o in question.options if o.value == value)
        control = page.get_by_role(role, name=option_name(questionnaire, option), exact=True)
        # In the picture version the invisible input lies over the whole card, so a finger on the
        # words lands on the input: force taps at the words' position without asking that the
        # label itself be the top element.
        page.locator(f"label[for='{control.get_attribute('id')}']").click(force=questionnaire.pictures)
        assert control.is_checked(), f"tapping the words {option.label!r} did not choose the answer"
    if "other" in data:
        page.get_by_label("What else?", exact=True).fill(data["other"])


def assert_error_state(page, question: Question, javascript: bool) -> None:
    """Continue with nothing chosen: "Error:" in the title, and a summary whose link leads to the field."""
    from playwright.sync_api import expect

    page.get_by_role("button", name="Continue").click()
    expect(page).to_have_title(re.compile(r"^Error: "))
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_contain_text("There is a problem")
    link = summary.get_by_role("link", name=str(question.error_required), exact=True)
    expect(link).to_be_visible()
    target = page.locator(link.get_attribute("href"))
    expect(target).to_have_count(1)
    expect(page.locator(".govuk-error-message")).to_contain_text(str(question.error_required))
    if javascript:
        # GOV.UK Frontend moves focus to the summary, so a screen reader announces it.
        expect(summary).to_be_focused()
