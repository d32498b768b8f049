"""`flask retention purge`: what was said for a review goes a year after it, once it is in the case record, and
nothing else does (docs/records-and-retention.md)."""

import logging
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta
from sqlalchemy import func, select

from app.audit.actions import Action
from app.extensions import db
from app.invitations.tokens import create_invitation as make_invitation
from app.models import (
    Answer,
    AuditEvent,
    InboundSms,
    OutboundEmail,
    OutboundSms,
    Review,
    SmsConversation,
    Submission,
    SubmissionState,
)
from app.models.time import utcnow
from app.reports.figures import annual_report
from app.reports.periods import Period
from tests.conftest import app_on_a_fresh_database, sign_in
from tests.factories import create_child, create_staff
from tests.helpers.retention import held_review, moment

TABLES = (Answer, Submission, SmsConversation, OutboundSms, InboundSms, OutboundEmail, Review, AuditEvent)
TODAY = date.today()
THIRTEEN_MONTHS_AGO = TODAY - relativedelta(months=13)


def purge(app) -> dict[str, int]:
    """Run the command as cron would, and read the counts it prints."""
    result = app.test_cli_runner().invoke(args=["retention", "purge", "--batch", "2"])
    assert result.exit_code == 0, result.output
    db.session.expire_all()
    # What it prints is on stdout; its log line (counts only) goes to stderr.
    return {name: int(count) for name, count in (line.split(": ") for line in result.stdout.splitlines())}


def rows(model, **where) -> int:
    return db.session.scalar(select(func.count()).select_from(model).filter_by(**where))


def answers_of(held) -> int:
    return db.session.scalar(select(func.count()).select_from(Answer).where(Answer.submission_id.in_(held.submission_ids)))


def export(held) -> None:
    """What downloading the review for the case record notes on it (the download itself: tests/test_case_record.py)."""
    db.session.get(Review, held.review_id).exported_at = utcnow()
    db.session.commit()


def read_all(held) -> None:
    for submission_id in held.submission_ids:
        db.session.get(Submission, submission_id).read_at = utcnow()
    db.session.commit()


def everything_here(held) -> dict[str, int]:
    return {
        "answers": answers_of(held),
        "conversations": rows(SmsConversation),
        "texts_sent": rows(OutboundSms),
        "texts_received": rows(InboundSms),
        "emails": rows(OutboundEmail),
    }


def test_an_exported_review_held_13_months_ago_loses_what_was_said_for_it(app, caplog):
    held = held_review(THIRTEEN_MONTHS_AGO)
    export(held)
    trail = rows(AuditEvent)
    feedback_answers = rows(Answer) - answers_of(held)

    with caplog.at_level(logging.INFO):
        counts = purge(app)

    assert counts == {"reviews": 1, "submissions": 2, "answers": 5, "conversations": 1, "texts sent": 2,
                      "texts received": 1, "emails": 1, "drafts": 0}
    assert everything_here(held) == {"answers": 0, "conversations": 0, "texts_sent": 0, "texts_received": 0, "emails": 0}
    # The sent views stay as dates only, the review and its code stay, feedback about the service stays.
    for submission_id in held.submission_ids:
        submission = db.session.get(Submission, submission_id)
        assert submission.state is SubmissionState.SUBMITTED and submission.answers == []
    review = db.session.get(Review, held.review_id)
    assert review.held_on == THIRTEEN_MONTHS_AGO and review.purged_at is not None
    assert rows(Answer) == feedback_answers == 2
    # Nothing left the audit trail; the deletion joined it.
    assert rows(AuditEvent) == trail + 1
    assert rows(AuditEvent, action=Action.DELETED_AFTER_RETENTION.value, child_id=held.child_id) == 1
    # The log says how many, never whose or what.
    logged = " ".join(r.getMessage() for r in caplog.records if r.name == "app.retention.purge")
    assert "reviews 1" in logged and "answers 5" in logged
    child = review.child
    for private in (child.first_name, child.last_name, child.reference, "football", "+447700900123"):
        assert private not in caplog.text


def test_a_review_neither_exported_nor_read_keeps_everything(app):
    held = held_review(THIRTEEN_MONTHS_AGO)
    before = everything_here(held)

    assert purge(app)["reviews"] == 0
    assert everything_here(held) == before
    assert db.session.get(Review, held.review_id).purged_at is None


def test_views_all_read_by_the_iro_count_as_in_the_case_record(app):
    held = held_review(THIRTEEN_MONTHS_AGO)
    read_all(held)

    assert purge(app)["reviews"] == 1
    assert answers_of(held) == 0


def test_one_view_still_unread_keeps_the_review(app):
    held = held_review(THIRTEEN_MONTHS_AGO)
    db.session.get(Submission, held.submission_ids[0]).read_at = utcnow()
    db.session.commit()

    assert purge(app)["reviews"] == 0
    assert answers_of(held) == 5  # the child's four and the carer's one


def test_a_view_sent_after_the_download_keeps_the_review_until_it_is_downloaded_again(app):
    held = held_review(THIRTEEN_MONTHS_AGO)
    review = db.session.get(Review, held.review_id)
    review.exported_at = moment(THIRTEEN_MONTHS_AGO - timedelta(days=19))  # before the views arrived
    db.session.commit()

    assert purge(app)["reviews"] == 0
    export(held)
    assert purge(app)["reviews"] == 1


def test_an_open_urgent_flag_keeps_everything_until_someone_records_what_was_done(app):
    held = held_review(THIRTEEN_MONTHS_AGO)
    export(held)
    submission = db.session.get(Submission, held.submission_ids[0])
    submission.urgent_at, submission.urgent_reason = moment(THIRTEEN_MONTHS_AGO - timedelta(days=18)), "not_safe"
    db.session.commit()

    assert purge(app)["reviews"] == 0
    submission.urgent_handled_at = utcnow()
    db.session.commit()
    assert purge(app)["reviews"] == 1


def test_twelve_months_to_the_day_is_old_enough_and_a_day_less_is_not(app):
    due = held_review(TODAY - relativedelta(months=12), number="+447700900001")
    young = held_review(TODAY - relativedelta(months=12) + timedelta(days=1), number="+447700900002")
    export(due)
    export(young)

    assert purge(app)["reviews"] == 1
    assert answers_of(due) == 0
    assert answers_of(young) == 5
    assert db.session.get(Review, young.review_id).purged_at is None


def test_retention_months_is_configurable(app):
    held = held_review(TODAY - relativedelta(months=7))
    export(held)
    assert purge(app)["reviews"] == 0
    app.config["RETENTION_MONTHS"] = 6
    assert purge(app)["reviews"] == 1


def test_running_again_deletes_nothing_more(app):
    held = held_review(THIRTEEN_MONTHS_AGO)
    export(held)
    purge(app)
    after_first = {model.__tablename__: rows(model) for model in TABLES}

    assert set(purge(app).values()) == {0}
    assert {model.__tablename__: rows(model) for model in TABLES} == after_first


def test_unsent_drafts_untouched_for_the_period_are_emptied_and_recent_ones_kept(app):
    child = create_child(iro=create_staff(), review_in_days=30)
    drafts = []
    for last_answered in (moment(THIRTEEN_MONTHS_AGO), utcnow() - timedelta(days=3)):
        invitation, _ = make_invitation(child, child.next_review, "child_8_11")
        draft = Submission(invitation=invitation, child=child, review=child.next_review, questionnaire="child_8_11")
        draft.save_answer("going_well", "I got into the football team")
        db.session.add(draft)
        db.session.flush()
        drafts.append((draft.id, last_answered))
    db.session.commit()
    # updated_at moves with every change: set it last, to the moment each was last answered.
    for draft_id, last_answered in drafts:
        db.session.execute(Submission.__table__.update().where(Submission.id == draft_id).values(updated_at=last_answered))
    db.session.commit()
    (old, _), (recent, _) = drafts

    counts = purge(app)
    assert counts["drafts"] == 1 and counts["answers"] == 1 and counts["reviews"] == 0
    assert db.session.get(Submission, old).answers == []
    assert len(db.session.get(Submission, recent).answers) == 1
    assert purge(app)["drafts"] == 0


def test_texts_to_a_phone_also_asked_about_another_review_then_stay(app):
    first = held_review(THIRTEEN_MONTHS_AGO, number="+447700900555")
    export(first)
    # The other child's texts go to the same phone; find_or_add gives the same row.
    other = held_review(TODAY - relativedelta(months=6), number="+447700900555")
    db.session.execute(
        SmsConversation.__table__.update()
        .where(SmsConversation.invitation_id.in_(select(Submission.invitation_id).where(Submission.id.in_(other.submission_ids))))
        .values(created_at=moment(THIRTEEN_MONTHS_AGO - timedelta(days=19)))
    )
    db.session.commit()
    texts = rows(OutboundSms)

    counts = purge(app)
    assert counts["reviews"] == 1 and counts["conversations"] == 1
    assert counts["texts sent"] == 0 and rows(OutboundSms) == texts


def test_the_annual_report_for_the_year_is_the_same_after_the_purge(app):
    held = held_review(THIRTEEN_MONTHS_AGO, number="+447700900010")
    held_review(THIRTEEN_MONTHS_AGO - timedelta(days=30), number="+447700900011")  # not in the case record: kept
    export(held)
    year = Period(THIRTEEN_MONTHS_AGO - relativedelta(months=6), THIRTEEN_MONTHS_AGO + relativedelta(months=5))
    before = annual_report(year)
    assert before.reviews.held == 2 and before.consultations.total.completed == 4 and before.reading.arrived == 4
    assert before.feedback[0].forms == 2 and len(before.comments) == 2

    assert purge(app)["reviews"] == 1
    assert annual_report(year) == before


def test_the_purge_on_postgresql(postgres_url, tmp_path):
    with app_on_a_fresh_database(tmp_path, SQLALCHEMY_DATABASE_URI=postgres_url) as app:
        exported = held_review(THIRTEEN_MONTHS_AGO, number="+447700900020")
        kept = held_review(THIRTEEN_MONTHS_AGO, number="+447700900021")
        export(exported)
        year = Period(THIRTEEN_MONTHS_AGO - relativedelta(months=1), THIRTEEN_MONTHS_AGO + relativedelta(months=1))
        before = annual_report(year)
        trail = rows(AuditEvent)

        counts = purge(app)
        assert counts["reviews"] == 1 and counts["answers"] == 5 and counts["texts sent"] == 2
        assert answers_of(exported) == 0 and answers_of(kept) == 5
        assert annual_report(year) == before
        assert rows(AuditEvent) == trail + 1
        assert set(purge(app).values()) == {0}


def test_the_iro_sees_the_views_were_deleted_and_any_flag_still_recorded(app, browser):
    iro = create_staff()
    held = held_review(THIRTEEN_MONTHS_AGO, iro=iro)
    submission = db.session.get(Submission, held.submission_ids[0])
    submission.urgent_at, submission.urgent_reason = moment(THIRTEEN_MONTHS_AGO - timedelta(days=18)), "not_safe"
    submission.urgent_handled_at, submission.urgent_handled_by, submission.urgent_action = utcnow(), iro, "Rang the social worker."
    db.session.commit()
    export(held)
    purge(app)
    sign_in(browser, iro)

    browser.get(f"/staff/children/{held.child_id}")
    assert "Its views were deleted here on" in browser.text()
    browser.get(f"/staff/views/{submission.id}")
    assert "These answers were deleted here on" in browser.text()
    assert "football" not in browser.text()
    assert "Rang the social worker." in browser.text()
