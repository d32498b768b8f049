"""Feedback after a review: read by managers in the feedback list and by the IRO who chaired the review as
"Feedback on your reviews"; never "New views", never counted with them, and no one is alerted when it arrives."""

from datetime import date, timedelta
from urllib.parse import urlsplit

from app.extensions import db
from app.models import AuditEvent, Role
from tests.conftest import sign_in
from tests.factories import create_child, create_staff
from tests.test_invitations import smtp_server  # noqa: F401  (a real SMTP server on 127.0.0.1)
from tests.test_review_held import held_form, open_record_page
from tests.test_routing import send_views

COMMENT = "My IRO asked me what I wanted and wrote it down."
TODAY = date.today()


def run_worker(app) -> None:
    result = app.test_cli_runner().invoke(args=["outbox", "worker", "--once"])
    assert result.exit_code == 0, result.output


def emails_to(smtp_server, address: str) -> list:  # noqa: F811
    return [message for recipients, message in smtp_server.messages if address in recipients]


def hold_the_review(browser, iro, child) -> str:
    """The IRO records the review as held today, the child having taken part; returns the feedback link to hand over."""
    open_record_page(browser, iro, child)
    browser.submit(held_form(TODAY, "PN1"))
    [link] = [dd.get_text(strip=True) for dd in browser.page.select(".app-link-text")]
    return urlsplit(link).path


def give_feedback(young, link: str) -> None:
    young.get(link)
    young.follow("Start now")
    while young.h1 != "Check your answers":
        if young.page.find("textarea"):
            young.submit({"answer": COMMENT})
        else:
            young.submit({"answer": "yes"})
    young.submit()
    assert young.h1 == "Your answers have been sent"
    assert "Your answers help make reviews better." in young.text()


def caseload_views(browser, child) -> str:
    browser.get("/staff/")
    row = next(tr for tr in browser.page.select("tbody tr") if child.full_name in tr.get_text())
    return " ".join(row.find_all("td")[2].get_text().split())


def test_feedback_is_never_new_views_and_alerts_no_one_while_views_do(app, browser, new_browser, smtp_server):  # noqa: F811
    iro = create_staff(name="Amara Okafor")
    manager = create_staff(role=Role.MANAGER)
    child = create_child(iro=iro, age=12)
    link = hold_the_review(browser, iro, child)
    give_feedback(new_browser(), link)
    run_worker(app)
    assert emails_to(smtp_server, iro.email) == [] and emails_to(smtp_server, manager.email) == []

    assert caseload_views(browser, child) == "Nothing new"
    menu = [" ".join(a.get_text().split()) for a in browser.page.select(".govuk-service-navigation__link")]
    assert "Caseload" in menu and not any("new" in item for item in menu)
    browser.follow(child.full_name)
    assert "New views" not in browser.text() and "No views have come in yet." in browser.text()

    # Views before the next review, by contrast, are new views and the IRO is told: so the checks above can fail.
    send_views(new_browser(), child)
    run_worker(app)
    assert [m["Subject"] for m in emails_to(smtp_server, iro.email)] == ["New views to read"]
    assert caseload_views(browser, child).startswith("New views")


def test_the_iro_reads_feedback_on_their_own_reviews_read_only_and_another_iro_cannot(browser, new_browser):
    iro = create_staff(name="Amara Okafor")
    child = create_child(iro=iro, age=12)
    give_feedback(new_browser(), hold_the_review(browser, iro, child))

    browser.follow("Feedback on your reviews")
    assert browser.h1 == "Feedback on your reviews"
    assert browser.page.select_one("#iro") is None, "an IRO sees only their own"
    [row] = browser.page.select("table.app-feedback-list tbody tr")
    assert f"{child.full_name}, held {TODAY.strftime('%-d %b %Y')}" in row.get_text()
    browser.follow("Read")
    assert browser.h1 == "Feedback from Child"
    assert COMMENT in browser.text()
    assert "Mark as read" not in browser.text() and browser.page.find("form", action=lambda a: a and "read" in a) is None
    entry = browser.response.request.path

    other = new_browser()
    sign_in(other, create_staff())
    other.get("/staff/feedback")
    assert other.page.select("table.app-feedback-list") == [] and child.full_name not in other.text()
    other.get(entry, status=403)
    assert COMMENT not in other.text()
    refused = db.session.scalars(db.select(AuditEvent.action).where(AuditEvent.child_id == child.id)).all()
    assert "access_refused" in refused


def test_a_manager_reads_feedback_in_the_list_by_iro_and_period_and_each_read_is_audited(browser, new_browser):
    amara, ben = create_staff(name="Amara Okafor"), create_staff(name="Ben Adeyemi")
    child = create_child(iro=amara, age=12)
    give_feedback(new_browser(), hold_the_review(new_browser(), amara, child))
    manager = create_staff(role=Role.MANAGER)
    sign_in(browser, manager)

    browser.follow("Feedback")
    assert browser.h1 == "Feedback"
    [row] = browser.page.select("table.app-feedback-list tbody tr")
    assert "Amara Okafor" in row.get_text() and "Child" in row.get_text()

    browser.submit({"iro": str(ben.id)})
    assert browser.page.select("table.app-feedback-list") == []
    assert "No feedback was sent in this period." in browser.text()
    browser.submit({"iro": str(amara.id)})
    assert len(browser.page.select("table.app-feedback-list tbody tr")) == 1
    last_month = TODAY - timedelta(days=40)
    browser.submit({"from-day": "1", "from-month": str(last_month.month), "from-year": str(last_month.year),
                    "to-day": str(last_month.day), "to-month": str(last_month.month), "to-year": str(last_month.year)})
    assert browser.page.select("table.app-feedback-list") == []

    browser.submit({"from-day": "31", "from-month": "2", "from-year": "2026", "to-day": "1", "to-month": "1", "to-year": "2027"})
    assert browser.errors() == ["The start date must be a real date, like 1 4 2019"]
    assert browser.page.title.string.startswith("Error:")
    assert browser.page.select_one("#from-error") is not None

    browser.get("/staff/feedback")
    browser.follow("Read")
    assert COMMENT in browser.text() and "Amara Okafor" in browser.text()
    actions = db.session.scalars(db.select(AuditEvent.action).where(AuditEvent.child_id == child.id)).all()
    assert actions.count("viewed_feedback") == 1


def test_an_administrator_cannot_open_the_feedback_list(browser):
    sign_in(browser, create_staff(role=Role.ADMIN))
    browser.get("/staff/feedback", status=403)
    assert "Feedback" not in [a.get_text(strip=True) for a in browser.page.select(".govuk-service-navigation__link")]


def test_a_professional_is_kept_on_the_record_with_their_kind(browser):
    iro = create_staff()
    child = create_child(iro=iro)
    sign_in(browser, iro)
    browser.get(f"/staff/children/{child.id}")
    assert "No professionals are on the record yet." in browser.text()
    browser.follow("Add a professional")
    assert browser.h1 == "Add a professional"
    browser.submit({"name": "", "email": "head.school.example"})
    assert browser.errors() == [
        "Enter their full name",
        "Select which professional they are",
        "Enter an email address in the correct format, like name@example.com",
    ]
    browser.submit({"name": "Ms Head", "kind": "school", "email": "head@school.example"})
    assert browser.h1 == child.full_name
    rows = [[" ".join(td.get_text().split()) for td in tr.find_all("td")[:3]] for tr in browser.page.select("table.app-professionals tbody tr")]
    assert rows == [["Ms Head", "School", "By email"]]
    assert "head@school.example" not in browser.text()
    assert browser.page.select("table.app-contacts") == [], "professionals are not listed as parents or carers"
