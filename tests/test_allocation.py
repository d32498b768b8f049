"""Managers allocate and reallocate children; caseload sizes per IRO."""

from app.extensions import db
from app.models import AuditEvent, Role
from tests.conftest import sign_in
from tests.factories import create_child, create_staff
from tests.helpers.journeys import send_views
from tests.helpers.staff_pages import allocate_on_child_page


def test_a_manager_reallocates_and_the_views_follow_the_child(browser, new_browser):
    old, new = create_staff(name="Olu Old"), create_staff(name="Nia New")
    child = create_child(iro=old)
    send_views(new_browser(), child)
    sign_in(browser, create_staff(role=Role.MANAGER))
    allocate_on_child_page(browser, child, new)
    assert f"{child.full_name} is now allocated to Nia New" in browser.text()
    assert "Nia New:" in browser.text() and "Olu Old:" in browser.text()

    new_iro = new_browser()
    sign_in(new_iro, new)
    assert "New views" in new_iro.text()
    old_iro = new_browser()
    sign_in(old_iro, old)
    old_iro.get(f"/staff/children/{child.id}", status=403)
    assert db.session.scalar(db.select(AuditEvent).where(AuditEvent.action == "reallocated")) is not None


def test_allocating_to_nobody_or_the_same_iro_changes_nothing(browser):
    iro = create_staff()
    child = create_child(iro=iro)
    sign_in(browser, create_staff(role=Role.MANAGER))
    allocate_on_child_page(browser, child, None)
    assert "Select an IRO to allocate" in browser.text()
    allocate_on_child_page(browser, child, iro)
    assert "already allocated to that IRO" in browser.text()
    db.session.expire_all()
    assert len(child.allocations) == 1


def test_an_iro_cannot_reallocate(browser):
    iro, other = create_staff(), create_staff()
    child = create_child(iro=iro)
    sign_in(browser, iro)
    browser.get(f"/staff/children/{child.id}")
    assert not any("allocate" in f.get("action", "") for f in browser.page.find_all("form"))
    token = browser.page.find("input", attrs={"name": "csrf_token"})["value"]
    response = browser.client.post(f"/staff/children/{child.id}/allocate", data={"csrf_token": token, "iro": other.id})
    assert response.status_code == 403


def test_team_page_counts_each_iros_children_and_the_unallocated(browser):
    busy, quiet = create_staff(name="Busy Bee"), create_staff(name="Quiet Quinn")
    for _ in range(3):
        create_child(iro=busy)
    create_child(iro=None)
    sign_in(browser, create_staff(role=Role.MANAGER))
    browser.follow("IROs")
    rows = {r.td.get_text(strip=True): r.select("td")[1].get_text(strip=True) for r in browser.page.select("tbody tr")}
    assert rows == {"Busy Bee": "3", "Quiet Quinn": "0"}
    assert "1 child has no IRO" in browser.text()
