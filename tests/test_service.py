"""The service around the pages: health check, headers, demo data, error pages."""

import json

from sqlalchemy import func, select

from app.extensions import db
from app.models import Child, Invitation, StaffMember


def test_healthz_reports_app_and_database(browser):
    response = browser.client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok", "app": "ok", "database": "ok", "stranded": {"texts": 0, "emails": 0}}


def test_healthz_reports_an_unreachable_database(app):
    from app import create_app

    broken = create_app("test", SQLALCHEMY_DATABASE_URI="postgresql+psycopg://nobody@127.0.0.1:1/none")
    response = broken.test_client().get("/healthz")
    assert response.status_code == 503
    assert response.get_json()["database"] == "unavailable"


def test_pages_forbid_inline_script_framing_and_referrers(browser):
    response = browser.client.get("/")
    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Cache-Control"] == "no-store"


def test_templates_have_no_inline_script_or_style(browser):
    for path in ("/", "/help", "/privacy", "/accessibility", "/staff/sign-in"):
        page = browser.get(path)
        assert all(script.get("src") for script in page.find_all("script"))
        assert page.find("style") is None and page.find(style=True) is None


def test_unknown_page_is_a_friendly_404(browser):
    browser.get("/no/such/page", status=404)
    assert browser.h1 == "Page not found"


def test_demo_data_loads_twice_without_duplicates(app):
    runner = app.test_cli_runner()
    first = runner.invoke(args=["demo-data", "--json"])
    second = runner.invoke(args=["demo-data", "--json"])
    assert first.exit_code == 0 and second.exit_code == 0, first.output
    loaded = json.loads(first.output)
    assert loaded == json.loads(second.output)
    assert db.session.scalar(select(func.count(Child.id))) == 20
    assert db.session.scalar(select(func.count(StaffMember.id))) == 4
    links = [c["link"] for c in loaded["children"]] + [o["link"] for o in loaded["parents_carers_and_feedback"]]
    assert len(set(links)) == len(links) == 28
    assert db.session.scalar(select(func.count(Invitation.id))) == 28


def test_demo_links_work(app, browser):
    loaded = json.loads(app.test_cli_runner().invoke(args=["demo-data", "--json"]).output)
    ages = sorted(child["age"] for child in loaded["children"])
    assert ages[0] == 4 and ages[-1] == 17
    browser.get(loaded["children"][0]["link"].split("5000", 1)[1])
    assert browser.h1.startswith("Hello")


def test_demo_data_prints_logins_and_links(app):
    output = app.test_cli_runner().invoke(args=["demo-data"]).output
    assert "manager@example.org" in output and "listen-demo-amara" in output and "two-factor secret" in output
    assert output.count("/c/") == 28
