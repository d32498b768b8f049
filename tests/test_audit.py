"""The audit trail records only the actions it knows, and pages show each one's words, never its stored code."""

import pytest

from app import audit
from app.audit.actions import Action
from app.extensions import db
from app.models import AuditEvent, Role
from tests.conftest import sign_in
from tests.factories import create_child, create_staff


def test_an_action_must_be_one_the_trail_knows(app):
    with pytest.raises(TypeError):
        audit.record("viewed_child")
    with pytest.raises(TypeError):
        audit.record_unattended("raised_urgent", submission=None)
    assert db.session.scalars(db.select(AuditEvent)).all() == []


def test_every_action_has_its_own_code_that_fits_the_trail_and_words_to_show():
    assert len({action.value for action in Action}) == len(Action)
    assert all(len(action.value) <= 40 and str(action.label) for action in Action)


def test_the_account_page_and_the_childs_page_show_what_was_done_in_words(browser, new_browser):
    admin, manager = create_staff(Role.ADMIN), create_staff(Role.MANAGER)
    child = create_child(iro=create_staff())
    db.session.add(AuditEvent(staff_id=manager.id, action=Action.VIEWED_ANNUAL_REPORT.value))
    db.session.commit()
    sign_in(browser, admin)
    browser.get(f"/staff/accounts/{manager.id}")
    assert "looked at the annual report" in browser.text() and "viewed_annual_report" not in browser.text()

    other = new_browser()
    sign_in(other, manager)
    other.get(f"/staff/children/{child.id}")
    assert "looked at this record" in other.text() and "viewed_child" not in other.text()
