"""Feedback after reviews. Managers read all of it in the feedback list, by IRO and period; an IRO reads the feedback
on the reviews they chaired ("Feedback on your reviews"). It is read-only: never "new views", never counted with
them, and no one is alerted when it arrives. Reading an entry is audited like every read of what a person said."""

from datetime import date, timedelta

from dateutil.relativedelta import relativedelta
from flask import abort, render_template, request
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from app import audit
from app.audit.actions import Action
from app.auth.access import staff
from app.extensions import db
from app.inputs import database_integer
from app.models import Invitation, Review, Role, StaffMember, Submission, SubmissionState
from app.questionnaires import registry
from app.questionnaires.answers import answer_rows
from app.questionnaires.registry import FEEDBACK
from app.reports.period_form import PeriodForm
from app.reports.periods import Period, PeriodError
from app.staff import bp
from app.staff.answer_languages import TEMPLATE_HELPERS as ANSWER_LANGUAGES
from app.staff.labels import PROFESSIONAL_KINDS, RESPONDENT_NAMES

SHOWN_AT_MOST = 200  # a longer list is cut, and says so: a shorter period or one IRO shows the rest


def _requested_period(form: PeriodForm, today: date) -> Period:
    """The days the feedback was sent, from the date boxes; by default the last 3 months. Raises PeriodError."""
    if not (form.start.given or form.end.given):
        return Period(today - relativedelta(months=3) + timedelta(days=1), today)
    return form.period()


def _feedback(period: Period, iro_id: int | None) -> list[Submission]:
    start, end = period.utc_bounds()
    query = (
        select(Submission)
        .join(Review, Review.id == Submission.review_id)
        .where(
            Submission.questionnaire.in_(FEEDBACK),
            Submission.state == SubmissionState.SUBMITTED,
            Submission.submitted_at >= start,
            Submission.submitted_at < end,
        )
        .options(
            joinedload(Submission.child),
            joinedload(Submission.invitation).joinedload(Invitation.contact),
            joinedload(Submission.review).joinedload(Review.chaired_by),
        )
        .order_by(Submission.submitted_at.desc(), Submission.id.desc())
        .limit(SHOWN_AT_MOST + 1)
    )
    if iro_id is not None:
        query = query.where(Review.chaired_by_id == iro_id)
    return db.session.scalars(query).all()


def who_gave(submission: Submission) -> str:
    """Who gave it, as their invitation says: "Parent", or "Professional: School"."""
    invitation = submission.invitation
    who = str(RESPONDENT_NAMES[invitation.respondent])
    kind = invitation.contact.kind if invitation.contact is not None else None
    return f"{who}: {PROFESSIONAL_KINDS[kind]}" if kind else who


@bp.route("/feedback")
@staff(Role.IRO, Role.MANAGER)
def feedback_list():
    managing = current_user.role is Role.MANAGER
    iros = db.session.scalars(select(StaffMember).where(StaffMember.role == Role.IRO).order_by(StaffMember.name)).all()
    chosen = database_integer(request.args.get("iro")) if managing else current_user.id
    if managing and chosen not in {iro.id for iro in iros}:
        chosen = None  # "All IROs", for an empty or unknown choice
    form, period, entries = PeriodForm(request.args), None, []
    try:
        period = _requested_period(form, date.today())
        entries = _feedback(period, chosen)
        form.show(period)
    except PeriodError as problem:
        form.show_error(problem)
    errors = form.error_summary()
    return render_template(
        "staff/feedback_list.html",
        managing=managing,
        entries=entries[:SHOWN_AT_MOST],
        cut=len(entries) > SHOWN_AT_MOST,
        shown_at_most=SHOWN_AT_MOST,
        period=period,
        form=form,
        errors=errors,
        form_has_errors=bool(errors),
        iro_items=[{"value": "", "text": _("All IROs")}] + [
            {"value": str(iro.id), "text": iro.name, "selected": iro.id == chosen} for iro in iros
        ],
        who_gave=who_gave,
    )


def _may_read(submission: Submission) -> bool:
    """Managers read all feedback; an IRO the feedback on a review they chaired."""
    if current_user.role is Role.MANAGER:
        return True
    return submission.review is not None and submission.review.chaired_by_id == current_user.id


@bp.route("/feedback/<int:submission_id>")
@staff(Role.IRO, Role.MANAGER)
def feedback_entry(submission_id: int):
    submission = db.get_or_404(Submission, submission_id)
    if not _may_read(submission):
        audit.record(Action.ACCESS_REFUSED, child=submission.child, submission=submission)
        db.session.commit()
        abort(403)
    if submission.questionnaire not in FEEDBACK or submission.state is not SubmissionState.SUBMITTED:
        abort(404)
    questionnaire = registry.get(submission.questionnaire)
    values = submission.answer_values()
    rows = answer_rows(questionnaire, values)
    audit.record(Action.VIEWED_FEEDBACK, child=submission.child, submission=submission)
    db.session.commit()
    return render_template(
        "staff/feedback_entry.html",
        submission=submission,
        rows=rows,
        who=who_gave(submission),
        managing=current_user.role is Role.MANAGER,
        **ANSWER_LANGUAGES,
    )
