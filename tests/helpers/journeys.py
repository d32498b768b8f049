"""People answering on the web as they would: a child's whole consultation, "I don't feel safe", feedback."""

from datetime import date, timedelta

from sqlalchemy import select

from app.extensions import db
from app.invitations.tokens import create_invitation as make_invitation
from app.models import Respondent, Review, Submission
from tests.factories import create_child, create_invitation, create_staff

ANSWERS = {
    "share_words": "ask_first",
    "feeling": "4",
    "home": "5",
    "safe_at_home": "yes",
    "school": "3",
    "family_time": "more",
    "going_well": "I got into the football team",
    "worries": "",
    "come_to_meeting": "part",
    "chair": "no",
    "invite": "carer",
    "where": "home",
    "when": "after",
    "advocate": "not_sure",
    "talk_first": "yes",
    "anything_else": "",
}


def answer_everything(browser, answers=ANSWERS):
    for question_id, value in answers.items():
        assert browser.response.request.path == f"/consultation/{question_id}"
        browser.submit({"answer": value} if value else {})


def send_views(browser, child):
    browser.get(create_invitation(child))
    browser.follow("Start now")
    answer_everything(browser)
    browser.submit()
    assert browser.h1 == "Your answers have been sent"
    db.session.expire_all()
    return db.session.scalar(db.select(Submission).where(Submission.child_id == child.id))


def flag(new_browser, child) -> Submission:
    child_browser = new_browser()
    child_browser.get(create_invitation(child))
    child_browser.follow("Start now")
    child_browser.submit({}, form_index=1)  # "I don't feel safe"
    assert child_browser.h1 == "Get help now"
    return db.session.scalar(db.select(Submission).where(Submission.child_id == child.id))


SKIP = None  # a child skips the question; an adult leaves the box empty


YOUNG_PEOPLE = [
    {"welcomed": "yes", "understood_discussion": "yes", "involved": "yes", "important_things": "yes",
     "understood_decisions": "yes", "comments": "My IRO listened to me."},
    {"welcomed": "yes", "understood_discussion": "a_bit", "involved": "no", "important_things": "yes",
     "understood_decisions": "no", "comments": SKIP},
    {"welcomed": SKIP, "understood_discussion": "yes", "involved": "yes", "important_things": "no",
     "understood_decisions": "yes", "comments": SKIP},
]


def give_feedback(browser, questionnaire: str, answers: dict, respondent: Respondent) -> None:
    """Open a feedback link for a review held yesterday, answer each page, and send."""
    child = create_child(iro=create_staff(), review_in_days=None)
    held = Review(due_on=date.today() - timedelta(days=1), held_on=date.today() - timedelta(days=1))
    child.reviews.append(held)
    db.session.commit()
    invitation, token = make_invitation(child, held, questionnaire)
    invitation.respondent = respondent
    db.session.commit()

    browser.get(f"/c/{token}")
    browser.follow("Start now")
    while browser.h1 != "Check your answers":
        question_id = browser.response.request.path.rsplit("/", 1)[1]
        answer = answers[question_id]
        if answer is SKIP and questionnaire == "feedback_young_person":
            browser.submit({"skip": "yes"})
        else:
            browser.submit({"answer": answer or ""})
    browser.submit()
    assert browser.h1 != "Check your answers"


def the_submission(child) -> Submission:
    db.session.expire_all()
    return db.session.scalar(select(Submission).where(Submission.child_id == child.id))
