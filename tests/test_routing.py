"""Views go to the child's next review and are read by the IRO allocated now (docs/domain.md, Routing)."""

from datetime import date, timedelta

from flask_babel import format_date

from app.extensions import db
from app.models import Allocation, AuditEvent, Review, Role, Submission
from tests.conftest import sign_in
from tests.factories import create_child, create_invitation, create_staff
from tests.helpers.journeys import send_views


def test_views_go_to_the_next_review_not_yet_held(browser, new_browser):
    iro = create_staff()
    child = create_child(iro=iro, review_in_days=None)
    today = date.today()
    child.reviews.extend(
        [
            Review(due_on=today - timedelta(days=20), held_on=today - timedelta(days=21)),
            Review(due_on=today + timedelta(days=40)),
            Review(due_on=today + timedelta(days=9)),
        ]
    )
    db.session.commit()

    submission = send_views(browser, child)
    assert submission.review.due_on == today + timedelta(days=9)

    staff = new_browser()
    sign_in(staff, iro)
    staff.follow(child.full_name)
    staff.follow("views sent")
    assert f"For the review due {format_date(today + timedelta(days=9), 'd MMMM yyyy')}" in staff.text()


def test_reallocated_child_views_follow_new_iro(browser, new_browser):
    old_iro, new_iro = create_staff(), create_staff()
    child = create_child(iro=old_iro)
    submission = send_views(browser, child)

    child.current_allocation.ends_on = date.today()
    child.allocations.append(Allocation(iro=new_iro, starts_on=date.today()))
    db.session.commit()

    new = new_browser()
    sign_in(new, new_iro)
    assert "New views" in new.page.select("tbody tr")[0].get_text()
    new.get(f"/staff/views/{submission.id}")
    assert "I got into the football team" in new.text()

    old = new_browser()
    sign_in(old, old_iro)
    assert child.full_name not in old.text()
    old.get(f"/staff/views/{submission.id}", status=403)
    old.get(f"/staff/children/{child.id}", status=403)
    assert len(child.allocations) == 2  # the old allocation is kept as history


def test_child_with_no_iro_lands_in_the_managers_queue(browser, new_browser):
    child = create_child(iro=None)
    send_views(browser, child)
    manager = new_browser()
    sign_in(manager, create_staff(role=Role.MANAGER))
    manager.follow("Managers' queue")
    assert child.full_name in manager.text()


def test_views_with_no_review_land_in_the_managers_queue(browser, new_browser):
    child = create_child(iro=create_staff(), review_in_days=None)
    submission = send_views(browser, child)
    assert submission.review is None
    manager = new_browser()
    sign_in(manager, create_staff(role=Role.MANAGER))
    manager.get("/staff/queue")
    assert child.full_name in manager.text()


def test_routed_views_are_not_in_the_queue(browser, new_browser):
    child = create_child(iro=create_staff())
    send_views(browser, child)
    manager = new_browser()
    sign_in(manager, create_staff(role=Role.MANAGER))
    manager.get("/staff/queue")
    assert "The queue is empty" in manager.text()


def test_iro_cannot_open_another_iros_child_and_the_attempt_is_audited(browser, new_browser):
    owner, other = create_staff(), create_staff()
    child = create_child(iro=owner)
    submission = send_views(browser, child)

    intruder = new_browser()
    sign_in(intruder, other)
    assert child.full_name not in intruder.text()
    intruder.get(f"/staff/children/{child.id}", status=403)
    intruder.get(f"/staff/views/{submission.id}", status=403)
    token = intruder.get("/staff/sign-in").find("input", attrs={"name": "csrf_token"})["value"]
    response = intruder.client.post(f"/staff/views/{submission.id}/read", data={"csrf_token": token})
    assert response.status_code == 403
    refused = db.session.scalars(
        db.select(AuditEvent).where(AuditEvent.staff_id == other.id, AuditEvent.action == "access_refused")
    ).all()
    assert len(refused) == 3 and all(event.child_id == child.id for event in refused)
    db.session.refresh(submission)
    assert submission.read_at is None


def test_every_view_of_a_childs_answers_is_audited(browser, new_browser):
    iro = create_staff()
    child = create_child(iro=iro)
    submission = send_views(browser, child)
    staff = new_browser()
    sign_in(staff, iro)
    for _ in range(2):
        staff.get(f"/staff/views/{submission.id}")
    staff.submit()
    actions = db.session.scalars(
        db.select(AuditEvent.action).where(AuditEvent.submission_id == submission.id).order_by(AuditEvent.id)
    ).all()
    assert actions == ["viewed_answers", "viewed_answers", "marked_read"]


def test_an_in_progress_submission_is_not_shown_to_staff(browser, new_browser):
    iro = create_staff()
    child = create_child(iro=iro)
    browser.get(create_invitation(child))
    browser.follow("Start now")
    browser.submit({"answer": "yes"})
    submission = db.session.scalar(db.select(Submission))
    assert submission is not None
    staff = new_browser()
    sign_in(staff, iro)
    assert "New views" not in staff.text()
    staff.get(f"/staff/views/{submission.id}", status=404)


def test_feedback_goes_to_the_review_it_is_about(browser):
    from app.invitations.tokens import create_invitation as make_invitation
    from app.models import Respondent

    child = create_child(iro=create_staff(), review_in_days=30)
    held = Review(due_on=date.today() - timedelta(days=3), held_on=date.today() - timedelta(days=4))
    child.reviews.append(held)
    db.session.commit()
    invitation, token = make_invitation(child, held, "feedback_adult")
    invitation.respondent = Respondent.CARER
    db.session.commit()

    browser.get(f"/c/{token}")
    assert browser.h1 == "Tell us about the review"
    browser.follow("Start now")
    while browser.h1 != "Check your answers":
        radios = browser.page.find_all("input", attrs={"name": "answer", "type": "radio"})
        browser.submit({"answer": radios[0]["value"]} if radios else {})
    browser.submit()
    db.session.expire_all()
    submission = db.session.scalar(db.select(Submission).where(Submission.child_id == child.id))
    assert submission.review_id == held.id
