"""The lower "check in" flag: shown on the caseload and the child's page until the IRO says they have checked in."""

from flask import flash, redirect, url_for
from flask_babel import gettext as _
from flask_login import current_user
from flask_wtf import FlaskForm

from app import audit
from app.audit.actions import Action
from app.auth.access import staff
from app.extensions import db
from app.models import Submission
from app.models.time import utcnow
from app.staff import bp
from app.staff.access import CASEWORK, child_or_403


@bp.route("/views/<int:submission_id>/checked-in", methods=["POST"])
@staff(*CASEWORK)
def checked_in(submission_id: int):
    submission = db.get_or_404(Submission, submission_id)
    child_or_403(submission.child)
    if FlaskForm().validate_on_submit() and submission.check_in_open:
        submission.check_in_done_at = utcnow()
        submission.check_in_done_by = current_user
        audit.record(Action.CHECKED_IN, child=submission.child, submission=submission)
        db.session.commit()
        flash(_("Recorded. The check-in flag is closed."))
    return redirect(url_for(".submission", submission_id=submission.id))
