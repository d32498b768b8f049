"""What goes into the case record for one review: who, when, each person's answers, and the IRO's reply."""

from datetime import datetime
from typing import Any

from app.definitions.questionnaire import Purpose
from app.extensions import db
from app.models import Review, Submission, SubmissionState
from app.questionnaires import registry, router
from app.questionnaires.answers import display_answer
from app.reports.labels import RESPONDENTS


def views_for(review: Review) -> list[Submission]:
    """The views sent for the review (never feedback, never drafts), oldest first."""
    sent = db.session.scalars(
        db.select(Submission)
        .where(Submission.review_id == review.id, Submission.state == SubmissionState.SUBMITTED)
        .order_by(Submission.submitted_at, Submission.id)
    ).all()
    return [s for s in sent if registry.get(s.questionnaire).purpose is Purpose.CONSULTATION]


def review_document(review: Review, views: list[Submission], generated_at: datetime) -> dict[str, Any]:
    """The document, with the keys the JSON download keeps stable; the PDF lays out the same content."""
    child = review.child
    iro = review.chaired_by or (child.current_allocation.iro if child.current_allocation else None)
    return {
        "document": "review_views",
        "version": 1,
        "generated_at": generated_at.isoformat(),
        "child": {"reference": child.reference, "name": f"{child.first_name} {child.last_name}"},
        "review": {
            "id": review.id,
            "due_on": review.due_on.isoformat(),
            "held_on": review.held_on.isoformat() if review.held_on else None,
            "participation_code": review.participation_code.value if review.participation_code else None,
        },
        "iro": iro.name if iro else None,
        "views": [_view(submission) for submission in views],
        "reply_to_child": review.reply_to_child,
    }


def _view(submission: Submission) -> dict[str, Any]:
    questionnaire = registry.get(submission.questionnaire)
    values = submission.answer_values()
    answers = []
    for question in router.pages(questionnaire, values):
        answer = display_answer(question, values.get(question.id))
        answers.append({"question_id": question.id, "question": str(question.title), "answer": answer, "skipped": answer is None})
    respondent = submission.invitation.respondent
    return {
        "submission_id": submission.id,
        "respondent": respondent.value,
        "respondent_label": str(RESPONDENTS[respondent]),
        "questionnaire": questionnaire.id,
        "questionnaire_name": str(questionnaire.name),
        "sent_at": submission.submitted_at.isoformat() if submission.submitted_at else None,
        "read_at": submission.read_at.isoformat() if submission.read_at else None,
        "answers": answers,
    }
