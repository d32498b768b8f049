"""The managers' list pages run a fixed number of SQL queries however many children, views and IROs there are."""

from datetime import date, timedelta

from app.extensions import db
from app.invitations.tokens import create_invitation
from app.models import Review, Role, Submission, SubmissionState
from app.models.time import utcnow
from tests.conftest import sign_in
from tests.factories import create_child, create_staff
from tests.helpers.queries import counting_queries


def sent_views(child, review=None, questionnaire="child_8_11") -> Submission:
    invitation, _ = create_invitation(child, review, questionnaire)
    submission = Submission(invitation=invitation, child=child, questionnaire=questionnaire, review=review,
                            state=SubmissionState.SUBMITTED, submitted_at=utcnow())
    submission.save_answer("feeling", "4")
    db.session.add(submission)
    db.session.commit()
    return submission


def queries(browser, path: str) -> int:
    with counting_queries() as statements:
        browser.get(path)
    return len(statements)


def test_the_managers_queue_runs_the_same_queries_for_2_views_or_20(browser):
    sign_in(browser, create_staff(role=Role.MANAGER))
    for _ in range(2):
        sent_views(create_child(iro=None))
    few = queries(browser, "/staff/queue")
    for _ in range(18):
        sent_views(create_child(iro=None))
    many = queries(browser, "/staff/queue")
    assert len(browser.page.select("main li a[href*='/staff/views/']")) == 20
    assert many == few, (few, many)


def test_the_iros_page_runs_the_same_queries_for_2_iros_or_20(browser):
    sign_in(browser, create_staff(role=Role.MANAGER))
    for _ in range(2):
        create_child(iro=create_staff())
    few = queries(browser, "/staff/team")
    for _ in range(18):
        create_child(iro=create_staff())
    many = queries(browser, "/staff/team")
    assert len(browser.page.select("tbody tr")) == 20
    assert many == few, (few, many)


def test_the_annual_report_runs_the_same_queries_for_2_reviews_or_30(browser):
    sign_in(browser, create_staff(role=Role.MANAGER))
    last_april = date(date.today().year - (1 if date.today().month >= 4 else 2), 4, 1)
    path = f"/staff/reports/annual?from={last_april}&to={last_april.replace(year=last_april.year + 1) - timedelta(days=1)}"

    def held_review_with_views_and_feedback():
        child = create_child(iro=create_staff(), age=12, review_in_days=None)
        review = Review(due_on=last_april + timedelta(days=40), held_on=last_april + timedelta(days=35), participation_code="PN1")
        child.reviews.append(review)
        db.session.commit()
        sent_views(child, review)
        sent_views(child, review, "feedback_young_person")

    for _ in range(2):
        held_review_with_views_and_feedback()
    few = queries(browser, path)
    for _ in range(28):
        held_review_with_views_and_feedback()
    many = queries(browser, path)
    assert "30" in browser.text()
    assert many == few, (few, many)
