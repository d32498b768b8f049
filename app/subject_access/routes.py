"""The subject access page: a manager chooses the child or an adult on their record, gives the reference, and downloads."""

import io
import re

from flask import render_template, send_file

from app import audit
from app.audit.actions import Action
from app.auth.access import staff
from app.extensions import db
from app.models import Child, Role
from app.models.time import utcnow
from app.subject_access import archive, bp, gathering
from app.subject_access.request_form import SubjectAccessForm


@bp.route("/children/<int:child_id>/subject-access", methods=["GET", "POST"])
@staff(Role.MANAGER)
def request_page(child_id: int):
    child = db.get_or_404(Child, child_id)  # managers see every child (app/routing.py)
    form = SubjectAccessForm(child)
    if form.validate_on_submit():
        return _download(child, form)
    errors = form.error_summary()
    return render_template("subject_access/request.html", child=child, form=form, errors=errors, form_has_errors=bool(errors))


def _download(child: Child, form: SubjectAccessForm):
    """Audit the download (with the reference), gather everything held about the person, and send it as a ZIP."""
    contact = form.chosen_contact()
    reference = form.reference.data
    if contact is None:
        audit.record(Action.SUBJECT_ACCESS_CHILD, child=child, detail=reference)
        held = gathering.about_child(child)
    else:
        audit.record(Action.SUBJECT_ACCESS_CONTACT, child=child, detail=gathering.contact_detail(contact) + reference)
        held = gathering.about_contact(contact)
    content = archive.build(held, archive.request_details(reference, utcnow()))
    db.session.commit()
    response = send_file(
        io.BytesIO(content),
        mimetype="application/zip",
        as_attachment=True,
        download_name=f"subject-access-{_safe(reference)}.zip",
    )
    response.headers["Cache-Control"] = "no-store"
    return response


def _safe(reference: str) -> str:
    """The reference as it can stand in a file name."""
    return re.sub(r"[^A-Za-z0-9]+", "-", reference).strip("-")[:60] or "request"
