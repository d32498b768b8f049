"""Fixtures for driving Debian's Chromium through Playwright against a live server, and checking pages with axe."""

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from flask import Flask
from werkzeug.serving import WSGIRequestHandler, make_server

from app.security import CONTENT_SECURITY_POLICY
from tests.conftest import needs

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

AXE_OPTIONS = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}}


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
