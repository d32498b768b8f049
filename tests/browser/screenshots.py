"""Screenshots for the README, from demo data: `.venv/bin/python -m tests.browser.screenshots`.

Saves docs/screenshots/child-start.png and child-question.png (360x740, a phone)
and iro-caseload.png (1280x800), after one demo child has sent their views so the
caseload shows a "New views" tag; for each child version, a phone screenshot of
its start page and first question: <questionnaire id>-start.png and -question.png; and
the start page a child whose language is Arabic, or Welsh, sees first: child-start-ar.png
and child-start-cy.png.
"""

import os
from datetime import date
from urllib.parse import urlsplit

# Always a throwaway in-memory database, whatever the test run is pointed at.
os.environ.pop("TEST_DATABASE_URL", None)

import pyotp  # noqa: E402
from playwright.sync_api import expect, sync_playwright  # noqa: E402

from app import create_app, demo  # noqa: E402
from app.extensions import db  # noqa: E402
from app.invitations import versions  # noqa: E402
from app.invitations.tokens import create_invitation  # noqa: E402
from app.models import Child  # noqa: E402
from tests.browser.conftest import CHROMIUM, DESKTOP, PHONE, ROOT, LiveServer, launch_chromium  # noqa: E402

OUTPUT = ROOT / "docs" / "screenshots"
IRO_EMAIL, IRO_PASSWORD = "amara.okafor@example.org", "listen-demo-amara"
CHILD = "Ruby Hall"  # 9 years old, allocated to Amara Okafor
CHILD_VERSIONS = ("child_4_7", "child_8_11", "child_12_15", "young_person_16_18")
# A demo child of 8 to 11 for each language whose first page the README shows, as child-start-<language>.png.
IN_THEIR_LANGUAGE = {"ar": "Oscar Iqbal", "cy": "Lily Jones"}


def send_views(page, start_url: str) -> None:
    """Answer every question with the first option, skipping free text, and send."""
    page.goto(start_url)
    page.get_by_role("button", name="Start now").click()
    while page.get_by_role("heading", level=1).inner_text().strip() != "Check your answers":
        title = page.get_by_role("heading", level=1).inner_text().strip()
        choices = page.get_by_role("radio").or_(page.get_by_role("checkbox"))
        if choices.count():
            choices.first.check()
        page.get_by_role("button", name="Continue").click()
        expect(page.get_by_role("heading", level=1)).not_to_have_text(title)
    page.get_by_role("button", name="Send my answers").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your answers have been sent")


def version_screenshots(browser, base_url: str, children: list[dict]) -> list[str]:
    """Start page and first question of each child version, from a demo child of that age with an IRO."""
    names = []
    for version in CHILD_VERSIONS:
        child = next(c for c in children if c["questionnaire"] == version and c["iro"] and c["name"] != CHILD)
        context = browser.new_context(viewport=PHONE, locale="en-GB")
        page = context.new_page()
        page.goto(base_url + urlsplit(child["link"]).path)
        expect(page.get_by_role("button", name="Start now")).to_be_visible()
        page.screenshot(path=OUTPUT / f"{version}-start.png", full_page=True)
        page.get_by_role("button", name="Start now").click()
        expect(page.get_by_role("button", name="Continue")).to_be_visible()
        page.screenshot(path=OUTPUT / f"{version}-question.png", full_page=True)
        context.close()
        names += [f"{version}-start.png", f"{version}-question.png"]
    return names


def link_in(language: str, name: str) -> str:
    """The path of a new link for this demo child, who reads `language`."""
    child = next(child for child in db.session.scalars(db.select(Child)) if child.full_name == name)
    child.preferred_language = language
    _, token = create_invitation(child, child.next_review, versions.for_child(child, date.today()).id)
    db.session.commit()
    return f"/c/{token}"


def language_screenshots(browser, base_url: str, links: dict[str, str]) -> list[str]:
    """The start page in each language, checked to be in it before it is kept."""
    names = []
    for language, link in links.items():
        context = browser.new_context(viewport=PHONE, locale="en-GB")
        page = context.new_page()
        page.goto(base_url + link)
        expect(page.locator("html")).to_have_attribute("lang", language)
        expect(page.locator("main a.govuk-button--start")).to_be_visible()
        page.screenshot(path=OUTPUT / f"child-start-{language}.png", full_page=True)
        context.close()
        names.append(f"child-start-{language}.png")
    return names


def main() -> None:
    if not CHROMIUM.exists():
        raise SystemExit(f"{CHROMIUM} is missing: apt-get install chromium")
    app = create_app("test")
    with app.app_context():
        db.create_all()
        loaded = demo.load()
        links_in_their_language = {language: link_in(language, name) for language, name in IN_THEIR_LANGUAGE.items()}
    link = next(child["link"] for child in loaded["children"] if child["name"] == CHILD)
    OUTPUT.mkdir(parents=True, exist_ok=True)

    with LiveServer(app) as server, sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        phone = browser.new_context(viewport=PHONE, locale="en-GB").new_page()
        phone.goto(server.url + urlsplit(link).path)
        expect(phone.get_by_role("button", name="Start now")).to_be_visible()
        phone.screenshot(path=OUTPUT / "child-start.png", full_page=True)
        start_url = phone.url

        phone.get_by_role("button", name="Start now").click()
        expect(phone.get_by_role("button", name="Continue")).to_be_visible()
        phone.screenshot(path=OUTPUT / "child-question.png", full_page=True)
        send_views(phone, start_url)

        desk = browser.new_context(viewport=DESKTOP, locale="en-GB").new_page()
        desk.goto(server.url + "/staff/sign-in")
        desk.get_by_label("Email address").fill(IRO_EMAIL)
        desk.get_by_label("Password").fill(IRO_PASSWORD)
        desk.get_by_role("button", name="Continue").click()
        totp_secret = next(member["totp_secret"] for member in loaded["staff"] if member["email"] == IRO_EMAIL)
        desk.get_by_label("Code").fill(pyotp.TOTP(totp_secret).now())
        desk.get_by_role("button", name="Sign in").click()
        expect(desk.get_by_role("row").filter(has_text=CHILD)).to_contain_text("New views")
        desk.screenshot(path=OUTPUT / "iro-caseload.png")
        names = version_screenshots(browser, server.url, loaded["children"])
        names += language_screenshots(browser, server.url, links_in_their_language)
        browser.close()
    for name in ("child-start.png", "child-question.png", "iro-caseload.png", *names):
        print(OUTPUT / name)


if __name__ == "__main__":
    main()
