"""Caseload, a child's record, reading views, and the managers' queue."""

from datetime import date

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from flask_sqlalchemy.pagination import Pagination
from flask_wtf import FlaskForm
from sqlalchemy.orm import joinedload

from app import audit, photo_links
from app.audit.actions import Action, label_of
from app.auth.access import staff
from app.caseload.listing import FILTERS
from app.caseload.listing import caseload as find_caseload
from app.channel_names import CHANNEL_NAMES
from app.definitions.questionnaire import Purpose
from app.extensions import db
from app.inputs import whole_number
from app.models import AuditEvent, Child, Role, Submission, SubmissionState
from app.models.time import utcnow
from app.questionnaires import registry
from app.questionnaires.answers import answer_rows
from app.routing import managers_queue
from app.safeguarding import flags
from app.staff import bp, flag_history
from app.staff.answer_languages import TEMPLATE_HELPERS as ANSWER_LANGUAGES
from app.staff.access import CASEWORK, child_or_403
from app.staff.allocation import AllocationForm
from app.staff.invitation_list import active_invitations
from app.staff.labels import PROFESSIONAL_KINDS, RESPONDENT_NAMES, URGENT_REASONS
from app.staff.meetings import CHILD_PARTS
from app.staff.versions import VersionForm


@bp.route("/")
@staff(*CASEWORK)
def caseload():
    search = request.args.get("q", "").strip()[:100]
    show = request.args.get("show", "") if request.args.get("show") in FILTERS else ""
    page = whole_number(request.args.get("page"), default=1)
    today = date.today()
    found = find_caseload(current_user, today, search, show, page)
    return render_template(
        "staff/caseload.html",
        caseload=found,
        pagination=_pagination(found, search, show),
        search=search,
        show=show,
        today=today,
        respondents=RESPONDENT_NAMES,
        **ANSWER_LANGUAGES,
    )


def _pagination(found, search: str, show: str) -> dict | None:
    """govukPagination parameters: previous, next, and page numbers when there are few enough to list."""
    if found.pages == 1:
        return None

    def link(page: int) -> str:
        return url_for(".caseload", q=search or None, show=show or None, page=page)

    # GOV.UK's pattern: every page when there are 10 or fewer; else the first, the last, and those either side of
    # this one, with gaps between. Flask-SQLAlchemy's page numbering needs only the caseload's page and pages.
    edge = found.pages if found.pages <= 10 else 1
    numbers = Pagination.iter_pages(found, left_edge=edge, left_current=1, right_current=1, right_edge=1)
    items = [
        {"ellipsis": True} if number is None else {"number": number, "href": link(number), "current": number == found.page}
        for number in numbers
    ]
    return {
        "previous": {"href": link(found.page - 1)} if found.page > 1 else None,
        "next": {"href": link(found.page + 1)} if found.page < found.pages else None,
        "items": items,
    }


@bp.route("/children/<int:child_id>")
@staff(*CASEWORK)
def child(child_id: int):
    child = child_or_403(db.get_or_404(Child, child_id))
    submissions = [s for s in _submissions(child) if _visible(s)]
    # Feedback is read in the feedback list, never as views; an urgent flag on it still shows here.
    views = [s for s in submissions if registry.get(s.questionnaire).purpose is Purpose.CONSULTATION]
    audit.record(Action.VIEWED_CHILD, child=child)
    db.session.commit()
    today = date.today()
    trail = db.session.scalars(
        db.select(AuditEvent).where(AuditEvent.child_id == child.id).order_by(AuditEvent.at.desc()).limit(20)
    ).all()
    return render_template(
        "staff/child.html",
        child=child,
        submissions=views,
        urgent=[s for s in submissions if s.urgent_at],
        check_ins=[s for s in submissions if s.check_in_open and not s.urgent_open],
        today=today,
        version_form=VersionForm(child, today),
        questionnaires=registry.QUESTIONNAIRES,
        respondents=RESPONDENT_NAMES,
        professional_kinds=PROFESSIONAL_KINDS,
        urgent_reasons=URGENT_REASONS,
        audit_trail=trail,
        allocation_form=(
            AllocationForm(data={"iro": str(child.current_allocation.iro_id) if child.current_allocation else ""})
            if current_user.role is Role.MANAGER else None
        ),
        last_held=max((r for r in child.reviews if r.held_on), key=lambda r: r.held_on, default=None),
        action_label=label_of,
        child_parts=CHILD_PARTS,
        invitations=active_invitations(child),
        channels=CHANNEL_NAMES,
        **ANSWER_LANGUAGES,
    )


@bp.route("/children/<int:child_id>/summary")
@staff(*CASEWORK)
def summary(child_id: int):
    """A one-page summary of every view sent for the child's next review, to print for the review record."""
    child = child_or_403(db.get_or_404(Child, child_id))
    review = child.next_review
    sent = [
        s
        for s in _submissions(child)
        if s.state is SubmissionState.SUBMITTED and (review is None or s.review_id == review.id)
    ]
    views = []
    for submission in sent:
        questionnaire = registry.get(submission.questionnaire)
        views.append((submission, questionnaire, answer_rows(questionnaire, submission.answer_values())))
        audit.record(Action.VIEWED_ANSWERS, child=child, submission=submission)
    audit.record(Action.PRINTED_SUMMARY, child=child)
    db.session.commit()
    return render_template(
        "staff/summary.html", child=child, review=review, views=views, respondents=RESPONDENT_NAMES, **ANSWER_LANGUAGES
    )


@bp.route("/children/<int:child_id>/version", methods=["POST"])
@staff(*CASEWORK)
def choose_version(child_id: int):
    """The IRO chooses the version of the consultation this child gets, or goes back to their age's."""
    child = child_or_403(db.get_or_404(Child, child_id))
    form = VersionForm(child, date.today())
    if form.validate_on_submit():
        child.questionnaire_choice = form.version.data or None
        audit.record(Action.CHOSE_VERSION, child=child)
        db.session.commit()
        flash(_("The version has been changed. New invitations will use it."))
    return redirect(url_for(".child", child_id=child.id))


def _visible(submission: Submission) -> bool:
    """Sent views, and unsent ones with a flag: staff must see those at once."""
    return submission.state is SubmissionState.SUBMITTED or submission.urgent_at is not None or submission.check_in_at is not None


def _submissions(child: Child) -> list[Submission]:
    return db.session.scalars(
        db.select(Submission).where(Submission.child_id == child.id).order_by(Submission.submitted_at.desc())
    ).all()


@bp.route("/views/<int:submission_id>")
@staff(*CASEWORK)
def submission(submission_id: int):
    submission = _submitted_or_404(submission_id)
    child_or_403(submission.child)
    questionnaire = registry.get(submission.questionnaire)
    values = submission.answer_values()
    rows = answer_rows(questionnaire, values)
    audit.record(Action.VIEWED_ANSWERS, child=submission.child, submission=submission)
    db.session.commit()
    return render_template(
        "staff/submission.html",
        submission=submission,
        questionnaire=questionnaire,
        rows=rows,
        sharing=values.get("share_words"),
        form=FlaskForm(),
        respondents=RESPONDENT_NAMES,
        urgent_reasons=URGENT_REASONS,
        flagged_words=flags.words_that_flag(questionnaire, values) if submission.urgent_at else [],
        flag_history=flag_history.history(submission),
        **ANSWER_LANGUAGES,
    )


@bp.route("/views/<int:submission_id>/read", methods=["POST"])
@staff(*CASEWORK)
def mark_read(submission_id: int):
    submission = _submitted_or_404(submission_id)
    child_or_403(submission.child)
    # Feedback is read-only: it is never "new views", so there is nothing to mark.
    is_views = registry.get(submission.questionnaire).purpose is Purpose.CONSULTATION
    if FlaskForm().validate_on_submit() and submission.read_at is None and is_views:
        submission.read_at = utcnow()
        submission.read_by = current_user
        audit.record(Action.MARKED_READ, child=submission.child, submission=submission)
        db.session.commit()
        flash(_("Marked as read"))
    return redirect(url_for(".child", child_id=submission.child_id))


def _submitted_or_404(submission_id: int) -> Submission:
    submission = db.get_or_404(Submission, submission_id)
    if not _visible(submission):
        abort(404)
    return submission


@bp.route("/queue")
@staff(Role.MANAGER)
def queue():
    submissions = db.session.scalars(managers_queue().options(joinedload(Submission.child))).all()
    return render_template("staff/queue.html", submissions=submissions)


@bp.route("/profile/photo/<version>")
@staff(Role.IRO, Role.MANAGER)
def own_photo(version: str):
    # The address names the photo: the next person signing in at this computer never sees this one as theirs.
    return photo_links.send(current_user.photo, version)
