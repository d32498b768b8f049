"""Urgent flags stay on every page of the workspace until someone records what was done."""

from app.extensions import db
from app.models import AuditEvent, Role, Submission
from tests.conftest import sign_in
from tests.factories import create_child, create_staff
from tests.helpers.journeys import flag
from tests.helpers.staff_pages import banner


def test_an_urgent_flag_is_pinned_on_every_page_for_the_iro_and_managers(browser, new_browser):
    iro = create_staff()
    child = create_child(iro=iro)
    flag(new_browser, child)
    sign_in(browser, iro)
    for path in ("/staff/", "/staff/profile", f"/staff/children/{child.id}"):
        browser.get(path)
        assert f"1 urgent flag needs action {child.full_name}" in banner(browser), path
    manager = new_browser()
    sign_in(manager, create_staff(role=Role.MANAGER))
    assert child.full_name in banner(manager)
    other = new_browser()
    sign_in(other, create_staff())
    assert banner(other) == ""


def test_recording_what_was_done_closes_the_flag(browser, new_browser):
    iro = create_staff()
    child = create_child(iro=iro)
    submission = flag(new_browser, child)
    sign_in(browser, iro)
    browser.follow(child.full_name + ", flagged")
    assert browser.response.request.path == f"/staff/views/{submission.id}"
    index = next(i for i, f in enumerate(browser.page.find_all("form")) if "handled" in f.get("action", ""))
    browser.submit({"action": ""}, form_index=index)
    assert "Write what was done about this flag" in browser.text()
    assert banner(browser)
    browser.submit({"action": "Rang the duty social worker at 10:05; home visit today."}, form_index=index)
    assert "The urgent flag is closed" in browser.text()
    assert banner(browser) == ""
    assert "home visit today" in browser.text()
    db.session.expire_all()
    assert db.session.get(Submission, submission.id).urgent_handled_by_id == iro.id
    assert db.session.scalar(db.select(AuditEvent).where(AuditEvent.action == "handled_urgent")) is not None


def test_pinned_flags_take_the_same_queries_for_one_flag_or_three(browser, new_browser):
    from tests.helpers.queries import counting_queries

    iro = create_staff()
    flag(new_browser, create_child(iro=iro))
    sign_in(browser, iro)
    with counting_queries() as one:
        browser.get("/staff/profile")
    for _ in range(2):
        flag(new_browser, create_child(iro=iro))
    with counting_queries() as three:
        browser.get("/staff/profile")
    assert "3 urgent flags need action" in banner(browser)
    assert len(three) == len(one)
