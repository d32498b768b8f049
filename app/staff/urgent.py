"""Urgent flags: pinned on every page of the workspace until someone records what was done, and acknowledged
("I have seen this and am acting") before they go to every manager and the out-of-hours contact."""

from flask import flash, redirect, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from flask_wtf import FlaskForm
from sqlalchemy import select
from sqlalchemy.orm import contains_eager
from wtforms import TextAreaField
from wtforms.validators import DataRequired, Length

from app import audit
from app.audit.actions import Action
from app.auth.access import staff
from app.extensions import db
from app.govuk.forms import GovukForm
from app.models import Allocation, Child, Role, Submission
from app.models.time import utcnow
from app.numbers import lazy_number
from app.staff import bp
from app.staff.access import CASEWORK, child_or_403

ACTION_LIMIT = 1000


class HandledForm(GovukForm):
    action = TextAreaField(
        _l("What was done"),
        validators=[
            DataRequired(_l("Write what was done about this flag")),
            Length(max=ACTION_LIMIT, message=_l("Write %(max)s characters or fewer", max=lazy_number(ACTION_LIMIT))),
        ],
    )


def open_flags() -> list[Submission]:
    """Urgent flags nobody has dealt with yet, for the children this person may see (one query)."""
    query = (
        select(Submission)
        .join(Child, Child.id == Submission.child_id)
        .where(Submission.urgent_at.is_not(None), Submission.urgent_handled_at.is_(None))
        .order_by(Submission.urgent_at)
        .options(contains_eager(Submission.child))  # each flag names its child: not one more query a flag
    )
    if current_user.role is Role.IRO:
        query = query.join(Allocation, (Allocation.child_id == Child.id) & Allocation.ends_on.is_(None)).where(
            Allocation.iro_id == current_user.id
        )
    return db.session.scalars(query).all()


@bp.app_context_processor
def _pinned() -> dict:
    signed_in = current_user.is_authenticated and current_user.role in CASEWORK
    return {"urgent_flags": open_flags() if signed_in else []}


@bp.route("/views/<int:submission_id>/acknowledged", methods=["POST"])
@staff(*CASEWORK)
def acknowledged(submission_id: int):
    """"I have seen this and am acting": stops the flag going to every manager and the out-of-hours contact."""
    submission = db.get_or_404(Submission, submission_id)
    child_or_403(submission.child)
    if FlaskForm().validate_on_submit() and submission.urgent_open and submission.urgent_acknowledged_at is None:
        submission.urgent_acknowledged_at = utcnow()
        submission.urgent_acknowledged_by = current_user
        audit.record(Action.ACKNOWLEDGED_URGENT, child=submission.child, submission=submission)
        db.session.commit()
        flash(_("Acknowledged. Nobody else will be told unless the flag is raised again. Record what was done when you have acted."))
    return redirect(url_for(".submission", submission_id=submission.id))


@bp.route("/views/<int:submission_id>/handled", methods=["POST"])
@staff(*CASEWORK)
def handled(submission_id: int):
    submission = db.get_or_404(Submission, submission_id)
    child_or_403(submission.child)
    form = HandledForm()
    if submission.urgent_at is None or submission.urgent_handled_at is not None:
        return redirect(url_for(".submission", submission_id=submission.id))
    if form.validate_on_submit():
        submission.urgent_handled_at = utcnow()
        submission.urgent_handled_by = current_user
        # A flag raised again keeps what was done the first time, above what was done now.
        submission.urgent_action = "\n\n".join(filter(None, [submission.urgent_action, form.action.data]))
        audit.record(Action.HANDLED_URGENT, child=submission.child, submission=submission)
        db.session.commit()
        flash(_("Recorded. The urgent flag is closed."))
    else:
        flash(form.action.errors[0], "info")
    return redirect(url_for(".submission", submission_id=submission.id))

