"""Every route has an access rule, and staff routes keep out everyone the rule does not name."""

import pytest

from app.models import Role
from tests.conftest import sign_in
from tests.factories import create_child, create_staff, totp_code

STAFF_PAGES = ["/staff/", "/staff/queue", "/staff/children/{child}", "/staff/views/1"]


def test_every_route_declares_an_access_rule(app):
    missing = [
        rule.rule
        for rule in app.url_map.iter_rules()
        if rule.endpoint != "static" and not hasattr(app.view_functions[rule.endpoint], "access")
    ]
    assert missing == []


@pytest.mark.parametrize("path", STAFF_PAGES)
def test_staff_pages_send_strangers_to_sign_in(browser, path):
    child = create_child(iro=create_staff())
    response = browser.client.get(path.format(child=child.id))
    assert response.status_code == 302 and "/staff/sign-in" in response.location


@pytest.mark.parametrize("path", ["/staff/", "/staff/queue", "/staff/children/{child}"])
def test_administrators_do_not_read_childrens_views(browser, path):
    child = create_child(iro=create_staff())
    sign_in(browser, create_staff(role=Role.ADMIN), )
    browser.get(path.format(child=child.id), status=403)
    assert browser.h1 == "You cannot see this page"


def test_an_iro_cannot_open_the_managers_queue(browser):
    sign_in(browser, create_staff(role=Role.IRO))
    browser.get("/staff/queue", status=403)


def test_wrong_password_is_refused_with_one_message(browser):
    member = create_staff()
    browser.get("/staff/sign-in")
    browser.submit({"email": member.email, "password": "wrong"})
    assert browser.errors() == ["Enter a correct email address and password"]
    browser.submit({"email": "nobody@example.org", "password": "wrong"})
    assert browser.errors() == ["Enter a correct email address and password"]


def test_empty_sign_in_says_what_is_missing(browser):
    browser.get("/staff/sign-in")
    browser.submit({"email": "", "password": ""})
    assert browser.errors() == ["Enter your email address", "Enter your password"]
    assert browser.page.title.string.startswith("Error:")


@pytest.mark.parametrize(
    "target", ["//evil.example/steal", "/%09/evil.example", "/%5Cevil.example", "/%0a/evil.example", "https://evil.example"]
)
def test_sign_in_only_returns_to_pages_on_this_site(browser, target):
    member = create_staff()
    browser.get(f"/staff/sign-in?next={target}")
    browser.submit({"email": member.email, "password": "correct horse battery staple"})
    browser.submit({"code": totp_code(member)})
    assert browser.response.request.path == "/staff/"
    assert browser.response.history[0].location == "/staff/"


def test_sign_in_returns_to_the_page_asked_for(browser):
    member = create_staff()
    child = create_child(iro=member)
    browser.get(f"/staff/children/{child.id}")
    assert browser.h1 == "Sign in"
    browser.submit({"email": member.email, "password": "correct horse battery staple"})
    browser.submit({"code": totp_code(member)})
    assert browser.h1 == child.full_name


def test_sign_out_asks_then_ends_the_session_for_good(browser, new_browser):
    sign_in(browser, create_staff())
    copied_cookie = browser.client.get_cookie("session").value
    browser.follow("Sign out")
    assert browser.h1 == "Sign out"
    assert browser.client.get("/staff/").status_code == 200, "a GET alone never signs anyone out"
    browser.submit()
    assert browser.h1 == "Sign in"
    assert "You have signed out" in browser.text()
    assert browser.client.get("/staff/").status_code == 302
    thief = new_browser()
    thief.client.set_cookie("session", copied_cookie)
    assert thief.client.get("/staff/").status_code == 302, "a cookie copied before signing out no longer works"


def test_the_wrong_iro_is_refused_on_every_route_about_a_child(app, browser, new_browser):
    """Walk every staff route that names a child or their views, as an IRO the child is not allocated to."""
    from tests.helpers.journeys import send_views

    owner, other = create_staff(), create_staff()
    child = create_child(iro=owner)
    submission = send_views(new_browser(), child)
    sign_in(browser, other)
    token = browser.get("/staff/sign-in").find("input", attrs={"name": "csrf_token"})["value"]
    values = {"child_id": child.id, "submission_id": submission.id, "review_id": child.next_review.id, "message_id": 1}
    names_a_photo = {"version": "0" * 20}  # a photo's address also names the photo (app/photo_links.py)
    checked = []
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith("/staff/") or not set(rule.arguments) & set(values):
            continue
        url = rule.rule
        for name in rule.arguments:
            url = url.replace(f"<int:{name}>", str(values[name])) if name in values else url.replace(f"<{name}>", names_a_photo[name])
        for method in {"GET", "POST"} & rule.methods:
            response = browser.client.open(url, method=method, data={"csrf_token": token})
            assert response.status_code == 403, (method, url, response.status_code)
            assert child.full_name not in response.get_data(as_text=True)
            checked.append((method, url))
    assert len(checked) >= 5


DISTINCTIVE_ANSWER = "I built a kite shaped like a marmalade jar"


def _child_with_views(new_browser):
    """A child allocated to their IRO, with a parent on the record, an open link, and views they sent that
    include a distinctive answer."""
    from app.extensions import db
    from app.models import Contact, Respondent
    from tests.factories import create_invitation
    from tests.helpers.journeys import ANSWERS, answer_everything

    owner = create_staff()
    child = create_child(iro=owner, first_name="Philippa")
    child_browser = new_browser()
    child_browser.get(create_invitation(child))
    child_browser.follow("Start now")
    answer_everything(child_browser, {**ANSWERS, "going_well": DISTINCTIVE_ANSWER})
    child_browser.submit()
    assert child_browser.h1 == "Your answers have been sent"
    contact = Contact(child=child, name="Parent Person", respondent=Respondent.PARENT)
    db.session.add(contact)
    db.session.commit()
    create_invitation(child)
    return owner, child, contact


def _walk_every_staff_route(app, browser, child, contact) -> dict[tuple[str, str], tuple[int, str]]:
    """GET and POST every /staff/ route (the reports too) with the child's real ids, following redirects on this
    site; returns each request's final status and page."""
    from app.extensions import db
    from app.models import Invitation, Submission

    submission = db.session.scalar(db.select(Submission).where(Submission.child_id == child.id))
    invitation = db.session.scalar(db.select(Invitation).where(Invitation.child_id == child.id).order_by(Invitation.id.desc()))
    # Every other argument a /staff/ route takes: someone else's account, a change to it, a photo, a text, a link.
    values = {"child_id": child.id, "submission_id": submission.id, "review_id": child.next_review.id,
              "member_id": create_staff().id, "change": "reset_two_factor", "version": "0" * 20, "message_id": 1,
              "token": "not-a-real-link"}
    token = browser.get("/staff/sign-in").find("input", attrs={"name": "csrf_token"})["value"]
    form = {"csrf_token": token, "invitation_id": invitation.id, "contact_id": contact.id, "respondent": "child",
            "email": "someone@example.org", "mobile": "07700 900123", "reply": "Well done", "version": "child_4_7"}
    seen = {}
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith("/staff/") or rule.endpoint == "auth.logout":
            continue
        url = rule.rule
        for name in rule.arguments:
            url = url.replace(f"<int:{name}>", str(values[name])).replace(f"<{name}>", str(values[name]))
            url = url.replace("<any(deactivate, reactivate, reset_two_factor, resend_invitation):change>", values["change"])
        for method in sorted({"GET", "POST"} & rule.methods):
            response = browser.client.open(url, method=method, data=form if method == "POST" else None)
            while response.status_code in (302, 303) and response.location.startswith("/"):
                response = browser.client.get(response.location)
            # A download (a PDF) is read as text too, so no page slips past the check for being binary.
            seen[(method, url)] = (response.status_code, response.get_data().decode(errors="replace"))
    return seen


def test_the_walk_would_see_the_childs_views_if_they_were_shown(app, browser, new_browser):
    """The child's IRO, walking the same routes, does see the name and the answer: so the walks below can fail."""
    owner, child, contact = _child_with_views(new_browser)
    sign_in(browser, owner)
    seen = _walk_every_staff_route(app, browser, child, contact)
    assert any(DISTINCTIVE_ANSWER in page for _, page in seen.values())
    assert any(child.full_name in page for _, page in seen.values())


@pytest.mark.parametrize("who", ["administrator", "another IRO"])
def test_no_staff_route_shows_a_childs_views_to_an_administrator_or_the_wrong_iro(app, browser, new_browser, who):
    _, child, contact = _child_with_views(new_browser)
    sign_in(browser, create_staff(role=Role.ADMIN if who == "administrator" else Role.IRO))
    seen = _walk_every_staff_route(app, browser, child, contact)
    assert len(seen) >= 30
    for (method, url), (status, page) in seen.items():
        assert status < 500, (method, url, status)
        for secret in (DISTINCTIVE_ANSWER, child.full_name, child.first_name, child.last_name, child.reference):
            assert secret not in page, (method, url, status, secret)
        if f"/children/{child.id}" in url or "/views/" in url:
            assert status == 403, (method, url, status)
