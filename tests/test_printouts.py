"""Printed and printable pages never carry other children's urgent flags: a letter goes to a family, a summary
into a review meeting, the children's report onto a noticeboard. A letter in Arabic reads right to left."""

import re
from urllib.parse import urlsplit

from app.extensions import db
from app.models import Role
from tests.conftest import sign_in
from tests.factories import create_child, create_staff
from tests.helpers.journeys import flag, send_views
from tests.helpers.staff_pages import banner
from tests.helpers.stylesheet import declarations, sides_named, stylesheet

OTHER = "Zebedee"  # the flagged child: a name found nowhere else on these pages


def no_other_child(browser) -> None:
    html = browser.response.get_data(as_text=True)
    assert browser.page.select(".app-urgent-flags") == []
    assert OTHER not in html
    assert "urgent flag" not in html


def test_the_letter_and_the_summary_carry_no_other_childs_flag(browser, new_browser):
    iro = create_staff()
    child = create_child(iro=iro, first_name="Jo")
    send_views(new_browser(), child)
    flag(new_browser, create_child(iro=iro, first_name=OTHER))
    sign_in(browser, iro)

    browser.get(f"/staff/children/{child.id}")
    assert OTHER in banner(browser), "the flag is pinned on the workspace pages"
    browser.follow("Print a summary")
    assert browser.h1.startswith("Summary of views")
    no_other_child(browser)

    browser.get(f"/staff/children/{child.id}")
    browser.follow("Print an invitation letter with a code")
    browser.submit({"respondent": "parent"})
    assert browser.h1 == "A message from your IRO"
    no_other_child(browser)


def test_the_childrens_report_carries_no_flag(browser, new_browser):
    flag(new_browser, create_child(iro=create_staff(), first_name=OTHER))
    sign_in(browser, create_staff(role=Role.MANAGER))
    browser.get("/staff/reports/annual")
    assert OTHER in banner(browser)
    browser.follow("The figures for children in care, in plain words")
    assert browser.h1.startswith("Your reviews")
    no_other_child(browser)


def test_printing_any_workspace_page_leaves_out_the_flags(browser, new_browser):
    iro = create_staff()
    flag(new_browser, create_child(iro=iro, first_name=OTHER))
    sign_in(browser, iro)
    page = browser.get("/staff/")
    assert page.select(".app-urgent-flags")
    stylesheet = page.find("link", rel="stylesheet")["href"]
    css = browser.client.get(stylesheet).get_data(as_text=True)
    hidden = [
        rules for rules in re.findall(r"@media print\s*\{(.*?\})\s*\}", css, re.DOTALL)
        if re.search(r"\.app-urgent-flags[^{]*\{[^}]*display:\s*none", rules)
    ]
    assert hidden, "the print stylesheet hides the pinned urgent flags"


def test_a_letter_in_arabic_reads_right_to_left_and_its_address_link_and_code_left_to_right(app, browser, new_browser):
    app.config["LANGUAGES"] = tuple(dict.fromkeys([*app.config["LANGUAGES"], "ar"]))
    iro = create_staff()
    child = create_child(iro=iro)
    child.preferred_language = "ar"
    db.session.commit()
    sign_in(browser, iro)

    browser.get(f"/staff/children/{child.id}")
    browser.follow("Print an invitation letter with a code")
    browser.submit({"respondent": "child"})

    html = browser.page.find("html")
    assert (html["lang"], html["dir"]) == ("ar", "rtl")
    letter = browser.page.select_one(".app-letter")
    typed = {bdi.get_text(): bdi["dir"] for bdi in letter.find_all("bdi")}
    code = letter.select_one(".app-short-code").get_text(strip=True)
    link = next((text for text in typed if "/c/" in text), None)
    assert link, "the link is kept left to right"
    assert typed == {app.config["PUBLIC_BASE_URL"] + "/": "ltr", code: "ltr", link: "ltr"}
    css = stylesheet(browser)
    assert declarations(css, "app-letter"), "the letter has a layout of its own"
    assert sides_named(css, "app-letter") == [], "on screen and on paper, its layout names no left or right"

    family = new_browser()
    family.get(urlsplit(link).path)  # the link as typed in from the letter opens the child's pages, in Arabic
    assert family.page.find("html")["lang"] == "ar" and family.page.find("html")["dir"] == "rtl"
