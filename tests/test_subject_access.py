"""Subject access: a manager downloads everything held about a child, or one adult on their record, as a ZIP, audited."""

import pytest
from bs4 import BeautifulSoup

from app.extensions import db
from app.invitations.channels import text
from app.invitations.tokens import create_invitation as make_invitation
from app.models import AuditEvent, Channel, Contact, Role
from tests.conftest import sign_in
from tests.factories import create_child, create_staff
from tests.helpers.people import CHILD_MOBILE, a_family
from tests.helpers.subject_access import answer_in_own_words, download

CHILD_WORDS = "I got into the football team"
JO_WORDS = "Jo thinks the contact visits are going well"
CHRIS_WORDS = "Chris would like more phone calls"


def invite(child, questionnaire: str, contact: Contact | None = None) -> str:
    invitation, token = make_invitation(child, child.next_review, questionnaire)
    if contact is not None:
        invitation.contact, invitation.respondent = contact, contact.respondent
    db.session.commit()
    return f"/c/{token}"


def contact_named(child, name: str) -> Contact:
    return next(c for c in child.contacts if c.name == name)


@pytest.fixture
def family(new_browser):
    """A child who answered on the web and was sent a text, and two parents who each answered in their own words."""
    child = a_family()
    answer_in_own_words(new_browser(), invite(child, "child_12_15"), "child_12_15", CHILD_WORDS)
    jo, chris = contact_named(child, "Jo Bloggs"), contact_named(child, "Chris Bloggs")
    answer_in_own_words(new_browser(), invite(child, "parent", jo), "parent", JO_WORDS)
    answer_in_own_words(new_browser(), invite(child, "parent", chris), "parent", CHRIS_WORDS)
    invitation, token = make_invitation(child, child.next_review, "child_12_15", Channel.SMS)
    text.invite(invitation, token, child.mobile)
    db.session.commit()
    return child, token


def subject_access_page(browser, child):
    sign_in(browser, create_staff(role=Role.MANAGER))
    browser.get(f"/staff/children/{child.id}")
    browser.follow("Subject access request")
    assert browser.h1 == "Subject access request"


def every_answer(data: dict) -> str:
    return " ".join(str(a["answer"]) for s in data["consultations"] + data["feedback"] for a in s["answers"])


def test_a_childs_zip_has_their_answers_and_texts_decrypted_and_no_one_elses(browser, family):
    child, token = family
    subject_access_page(browser, child)
    data, page, archive = download(browser, "(the child)", "SAR-2026-001")

    assert sorted(archive.namelist()) == ["data.json", "index.html"]
    assert data["subject"] == "child"
    assert data["request"]["reference"] == "SAR-2026-001"
    assert data["request"]["data_controller"] == "Anytown Council"
    assert data["person"]["first_name"] == child.first_name and data["person"]["mobile"] == CHILD_MOBILE
    answers = every_answer(data)
    assert CHILD_WORDS in answers
    assert JO_WORDS not in answers and CHRIS_WORDS not in answers
    assert JO_WORDS not in page and CHRIS_WORDS not in page
    [sent] = data["texts_sent"]
    assert sent["to"] == CHILD_MOBILE and "Anytown Council" in sent["body"]
    assert token not in sent["body"] and "/c/[secret removed]" in sent["body"]
    assert token not in str(archive.read("data.json"))
    assert [c["number"] for c in data["sms_conversations"]] == [CHILD_MOBILE]
    assert all(i["link_held"] is False for i in data["invitations"]) and len(data["invitations"]) == 2
    assert any("never stored" in note for note in data["request"]["notes"])
    assert data["meetings"] and data["meetings"][0]["due_on"] == child.next_review.due_on.isoformat()
    # The same, to read.
    assert CHILD_WORDS in page and CHILD_MOBILE in page and "SAR-2026-001" in page


def test_a_parents_zip_holds_their_answers_and_not_the_childs_or_the_other_parents(browser, family):
    child, _ = family
    subject_access_page(browser, child)
    data, page, _ = download(browser, "Jo Bloggs, parent", "SAR-2026-002")

    assert data["subject"] == "parent"
    assert data["person"]["name"] == "Jo Bloggs" and data["person"]["email"] == "jo@example.org"
    answers = every_answer(data)
    assert JO_WORDS in answers and JO_WORDS in page
    assert CHILD_WORDS not in answers and CHILD_WORDS not in page
    assert CHRIS_WORDS not in answers and CHRIS_WORDS not in page
    assert data["texts_sent"] == [] and data["sms_conversations"] == []
    assert [i["respondent"] for i in data["invitations"]] == ["parent"]


def test_index_html_escapes_a_hostile_name_and_links_nowhere(browser, app):
    child = create_child(first_name='<script>alert("x")</script><a href="https://evil.example">', age=10)
    subject_access_page(browser, child)
    data, page, _ = download(browser, "(the child)", "<b>SAR</b>")

    assert data["person"]["first_name"].startswith("<script>")
    assert "<script" not in page and "&lt;script&gt;" in page
    assert "<b>SAR</b>" not in page and "&lt;b&gt;SAR&lt;/b&gt;" in page
    read = BeautifulSoup(page, "html.parser")
    assert child.first_name in read.h1.get_text()  # shown as the words it is, not run as markup
    assert read.find_all(["script", "a", "link", "img", "iframe", "b"]) == []
    assert [tag.name for tag in read.find_all(src=True) + read.find_all(href=True)] == []
    assert browser.response.headers["Content-Disposition"] == "attachment; filename=subject-access-b-SAR-b.zip"


def test_the_download_is_audited_with_its_reference(browser, family):
    child, _ = family
    subject_access_page(browser, child)
    download(browser, "(the child)", "SAR-2026-003")
    download(browser, "Chris Bloggs, parent", "SAR-2026-004")

    events = db.session.scalars(db.select(AuditEvent).where(AuditEvent.action.like("subject_access%"))).all()
    chris = contact_named(child, "Chris Bloggs")
    assert [(e.action, e.child_id, e.detail) for e in events] == [
        ("subject_access_child", child.id, "SAR-2026-003"),
        ("subject_access_contact", child.id, f"contact {chris.id}: SAR-2026-004"),
    ]
    # The child's page shows who downloaded it, in words; and Chris's next download lists his earlier one.
    browser.get(f"/staff/children/{child.id}")
    assert "downloaded everything held about the child for a subject access request" in browser.text()
    browser.follow("Subject access request")
    data, _, _ = download(browser, "Chris Bloggs, parent", "SAR-2026-005")
    assert [e["detail"] for e in data["audit_events"]] == [f"contact {chris.id}: SAR-2026-004", f"contact {chris.id}: SAR-2026-005"]


def test_the_form_asks_for_a_person_and_a_reference(browser, app):
    child = create_child(age=10)
    subject_access_page(browser, child)
    browser.submit({"reference": ""})
    assert browser.errors() == ["Select whose information the request is for", "Enter the reference of the request"]
    assert db.session.scalar(db.select(AuditEvent).where(AuditEvent.action.like("subject_access%"))) is None


@pytest.mark.parametrize("role", [Role.IRO, Role.ADMIN])
def test_only_managers_may_download(browser, app, role):
    member = create_staff(role=role)
    child = create_child(iro=member if role is Role.IRO else None, age=10)
    sign_in(browser, member)
    if role is Role.IRO:
        browser.get(f"/staff/children/{child.id}")
        assert "Subject access request" not in browser.text()
    csrf = browser.get("/staff/account").find("input", attrs={"name": "csrf_token"})["value"]
    browser.get(f"/staff/children/{child.id}/subject-access", status=403)
    posted = browser.client.post(
        f"/staff/children/{child.id}/subject-access", data={"csrf_token": csrf, "person": "child", "reference": "X"}
    )
    assert posted.status_code == 403
    refused = db.session.scalars(db.select(AuditEvent).where(AuditEvent.action == "refused_by_role")).all()
    assert len(refused) == 2
    assert db.session.scalar(db.select(AuditEvent).where(AuditEvent.action.like("subject_access%"))) is None
