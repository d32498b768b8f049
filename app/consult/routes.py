"""The consultation pages: open the link, answer one question a page, check, send."""

from functools import wraps

from flask import abort, g, redirect, render_template, request, session, url_for
from flask_wtf import FlaskForm

from app.auth.access import public
from app.consult import bp, tokens
from app.consult.rendering import display_answer, field_params
from app.extensions import db
from app.models import Invitation, Submission, SubmissionState
from app.models.time import utcnow
from app.questionnaires import registry, router
from app.questionnaires.form_builder import answer_value, build_form
from app.routing import route


def _link_not_working():
    # One response for a wrong, expired or revoked link, so a link's state is never revealed.
    return render_template("consult/link_not_working.html"), 404


def _current_invitation() -> Invitation | None:
    invitation_id = session.get("invitation_id")
    invitation = db.session.get(Invitation, invitation_id) if isinstance(invitation_id, int) else None
    return invitation if invitation is not None and invitation.usable(utcnow()) else None


def with_invitation(view):
    """Give the view the invitation this browser opened, or show the link-not-working page."""

    @wraps(view)
    def wrapped(*args, **kwargs):
        invitation = _current_invitation()
        if invitation is None:
            return _link_not_working()
        g.locale = invitation.child.preferred_language
        return view(invitation, *args, **kwargs)

    return wrapped


def _context(invitation: Invitation) -> dict:
    allocation = invitation.child.current_allocation
    review = invitation.child.next_review
    return {
        "iro_name": allocation.iro.first_name if allocation else None,
        "review_date": review.due_on if review else None,
        "questionnaire": registry.get(invitation.questionnaire),
    }


def _answers(invitation: Invitation) -> dict:
    return invitation.submission.answer_values() if invitation.submission else {}


@bp.route("/c/<token>")
@public
def open_link(token: str):
    invitation = tokens.find_usable(token)
    if invitation is None:
        return _link_not_working()
    session["invitation_id"] = invitation.id
    return redirect(url_for(".start"))


@bp.route("/consultation")
@public
@with_invitation
def start(invitation: Invitation):
    if invitation.submission and invitation.submission.state is SubmissionState.SUBMITTED:
        return redirect(url_for(".done"))
    questionnaire = registry.get(invitation.questionnaire)
    next_question = router.first_unanswered(questionnaire, _answers(invitation))
    next_url = url_for(".question", question_id=next_question.id) if next_question else url_for(".check")
    return render_template(
        "consult/start.html", child=invitation.child, next_url=next_url, resuming=bool(_answers(invitation)), **_context(invitation)
    )


@bp.route("/consultation/<question_id>", methods=["GET", "POST"])
@public
@with_invitation
def question(invitation: Invitation, question_id: str):
    submission = invitation.submission
    if submission and submission.state is SubmissionState.SUBMITTED:
        return redirect(url_for(".done"))
    questionnaire = registry.get(invitation.questionnaire)
    current = questionnaire.question(question_id)
    if current is None:
        abort(404)
    answers = _answers(invitation)
    if not router.can_open(questionnaire, current, answers):
        return redirect(url_for(".question", question_id=router.first_unanswered(questionnaire, answers).id))

    form = build_form(current, answers.get(current.id))
    if form.validate_on_submit():
        if submission is None:
            submission = Submission(invitation=invitation, child=invitation.child, questionnaire=questionnaire.id)
            db.session.add(submission)
        submission.save_answer(current.id, answer_value(current, form))
        db.session.commit()
        following = router.after(questionnaire, current)
        all_answered = router.first_unanswered(questionnaire, submission.answer_values()) is None
        if following is None or (_changing() and all_answered):
            return redirect(url_for(".check"))
        return redirect(url_for(".question", question_id=following.id))

    return render_template(
        "consult/question.html",
        form=form,
        field=field_params(current, form),
        form_has_errors=bool(form.errors),
        back_url=_back_url(questionnaire, current),
        **_context(invitation),
    )


def _changing() -> bool:
    """The person came from check answers, and goes back there when done."""
    return request.args.get("change") == "1"


def _back_url(questionnaire, current) -> str:
    if _changing():
        return url_for(".check")
    previous = router.before(questionnaire, current)
    return url_for(".question", question_id=previous.id) if previous else url_for(".start")


@bp.route("/consultation/check", methods=["GET", "POST"])
@public
@with_invitation
def check(invitation: Invitation):
    questionnaire = registry.get(invitation.questionnaire)
    submission = invitation.submission
    if submission and submission.state is SubmissionState.SUBMITTED:
        return redirect(url_for(".done"))
    answers = _answers(invitation)
    unanswered = router.first_unanswered(questionnaire, answers)
    if unanswered is not None:
        return redirect(url_for(".question", question_id=unanswered.id))

    form = FlaskForm()
    if form.validate_on_submit():
        submission.state = SubmissionState.SUBMITTED
        submission.submitted_at = utcnow()
        route(submission)
        db.session.commit()
        return redirect(url_for(".done"))
    rows = [
        {
            "question": question,
            "answer": display_answer(question, answers.get(question.id)),
            "change_url": url_for(".question", question_id=question.id, change=1),
        }
        for question in questionnaire.questions
    ]
    return render_template("consult/check.html", rows=rows, form=form, **_context(invitation))


@bp.route("/consultation/done")
@public
@with_invitation
def done(invitation: Invitation):
    submission = invitation.submission
    if submission is None or submission.state is not SubmissionState.SUBMITTED:
        return redirect(url_for(".start"))
    return render_template("consult/done.html", **_context(invitation))
