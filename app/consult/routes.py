"""The consultation pages: open the link, answer one question a page, check, send."""

from functools import wraps

from flask import abort, g, redirect, render_template, request, session, url_for
from flask_babel import format_date, get_locale
from flask_wtf import FlaskForm

from app import photo_links
from app.auth.access import public
from app.consult import bp
from app.consult.loading import opened_invitation
from app.consult.rendering import check_rows, field_params, place_caption
from app.consult.unavailable import remember
from app.definitions.questionnaire import Audience, Purpose, Questionnaire
from app.extensions import db
from app.invitations import tokens
from app.invitations.people import language_of
from app.models import Invitation
from app.models.time import utcnow
from app.questionnaires import registry, router
from app.questionnaires.form_builder import answer_value, build_form
from app.submissions import progress
from app.submissions.saving import save_answer
from app.submissions.sending import send_answers


def _link_not_working():
    # One response for a wrong, expired or revoked link, so a link's state is never revealed.
    return render_template("consult/link_not_working.html"), 404


def _current_invitation() -> Invitation | None:
    invitation = opened_invitation()
    return invitation if invitation is not None and invitation.usable(utcnow()) else None


def with_invitation(view):
    """Give the view the invitation this browser opened, or show the link-not-working page."""

    @wraps(view)
    def wrapped(*args, **kwargs):
        invitation = _current_invitation()
        if invitation is None:
            return _link_not_working()
        g.locale = language_of(invitation)
        remember(invitation, g.locale)
        return view(invitation, *args, **kwargs)

    return wrapped


def _questionnaire(invitation: Invitation) -> Questionnaire:
    return registry.get(invitation.questionnaire)


_sent = progress.is_sent
_answers = progress.answers


def _context(invitation: Invitation) -> dict:
    """What every consultation page shows: who the IRO is, when the review is, which version this is."""
    allocation = invitation.child.current_allocation
    questionnaire = _questionnaire(invitation)
    review = invitation.review if invitation.review and invitation.review.held_on else invitation.child.next_review
    feedback = questionnaire.purpose is Purpose.FEEDBACK
    return {
        "iro": allocation.iro if allocation else None,
        "review": review,
        # Feedback opens "about your review on <the day it was held>", on the web as by text.
        "held_on": format_date(review.held_on, "EEEE d MMMM yyyy") if feedback and review and review.held_on else None,
        "feedback": feedback,
        "questionnaire": questionnaire,
        "for_child": questionnaire.audience is Audience.CHILD,
        "pictures": questionnaire.pictures,
        # The page's language in its own words, for "Read to me is not available in Cymraeg".
        "language_name": get_locale().display_name,
    }


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
    if _sent(invitation):
        return redirect(url_for(".done"))
    answers = _answers(invitation)
    next_question = router.first_unanswered(_questionnaire(invitation), answers)
    next_url = url_for(".question", question_id=next_question.id) if next_question else url_for(".check")
    return render_template(
        "consult/start.html", child=invitation.child, next_url=next_url, resuming=bool(answers), **_context(invitation)
    )


@bp.route("/consultation/<question_id>", methods=["GET", "POST"])
@public
@with_invitation
def question(invitation: Invitation, question_id: str):
    if _sent(invitation):
        return redirect(url_for(".done"))
    questionnaire = _questionnaire(invitation)
    current = questionnaire.question(question_id)
    if current is None:
        abort(404)
    answers = _answers(invitation)
    if not router.can_open(questionnaire, current, answers):
        unanswered = router.first_unanswered(questionnaire, answers)
        return redirect(url_for(".question", question_id=unanswered.id) if unanswered else url_for(".check"))

    form = build_form(current, answers.get(current.id))
    skipping = _skipping(questionnaire)
    if skipping or form.validate_on_submit():
        reason = save_answer(invitation, current, "" if skipping else answer_value(current, form))
        # Worked out from the answers in hand, before saving them expires everything loaded.
        next_url = _next_url(questionnaire, current, _answers(invitation))
        db.session.commit()
        return redirect(url_for(".help_now", next=next_url) if reason else next_url)

    return render_template(
        "consult/question.html",
        form=form,
        question=current,
        field=field_params(current, form, questionnaire.pictures),
        caption=place_caption(router.place(questionnaire, current, answers)),
        errors=form.error_summary(),
        form_has_errors=bool(form.errors),
        back_url=_back_url(questionnaire, current, answers),
        **_context(invitation),
    )


def _skipping(questionnaire: Questionnaire) -> bool:
    """A child may skip any question: "Skip this question" saves no answer and moves on."""
    return (
        questionnaire.audience is Audience.CHILD
        and request.method == "POST"
        and "skip" in request.form
        and FlaskForm().validate_on_submit()
    )


def _changing() -> bool:
    """The person came from check answers, and goes back there when done."""
    return request.args.get("change") == "1"


def _next_url(questionnaire: Questionnaire, current, answers: dict) -> str:
    following = router.after(questionnaire, current, answers)
    all_answered = router.first_unanswered(questionnaire, answers) is None
    if following is None or (_changing() and all_answered):
        return url_for(".check")
    if _changing():
        # A changed answer can open a page not seen before: ask it, then return to check answers.
        unanswered = router.first_unanswered(questionnaire, answers)
        return url_for(".question", question_id=unanswered.id, change=1)
    return url_for(".question", question_id=following.id)


def _back_url(questionnaire: Questionnaire, current, answers: dict) -> str:
    if _changing():
        return url_for(".check")
    previous = router.before(questionnaire, current, answers)
    return url_for(".question", question_id=previous.id) if previous else url_for(".start")


@bp.route("/consultation/check", methods=["GET", "POST"])
@public
@with_invitation
def check(invitation: Invitation):
    if _sent(invitation):
        return redirect(url_for(".done"))
    questionnaire = _questionnaire(invitation)
    answers = _answers(invitation)
    unanswered = router.first_unanswered(questionnaire, answers)
    if unanswered is not None:
        return redirect(url_for(".question", question_id=unanswered.id))

    form = FlaskForm()
    if form.validate_on_submit():
        # Answers to pages a later change took away are not kept: collect only what is needed.
        send_answers(invitation)
        db.session.commit()
        return redirect(url_for(".done"))
    return render_template("consult/check.html", rows=check_rows(questionnaire, answers), form=form, **_context(invitation))


@bp.route("/consultation/done")
@public
@with_invitation
def done(invitation: Invitation):
    if not _sent(invitation):
        return redirect(url_for(".start"))
    # Once the review this consultation went to is held, the IRO's note about it shows here.
    review = invitation.submission.review
    reply = review.reply_to_child if review is not None and review.held_on else None
    return render_template("consult/done.html", child=invitation.child, reply=reply, **_context(invitation))


@bp.route("/consultation/iro-photo/<version>")
@public
@with_invitation
def iro_photo(invitation: Invitation, version: str):
    """The photo of this child's IRO, only for a browser holding this child's link, at an address naming the photo."""
    allocation = invitation.child.current_allocation
    return photo_links.send_small(allocation.iro.photo if allocation else None, version)
