"""Downloading a review's views for the case record, as PDF or JSON, by staff who may read the child's views."""

import json

from flask import Response, abort
from flask_login import current_user

from app import audit
from app.audit.actions import Action
from app.auth.access import staff
from app.extensions import db
from app.models import Child, Review, Role
from app.models.time import utcnow
from app.records import bp
from app.records.document import review_document, views_for
from app.records.pdf import review_pdf
from app.routing import may_see_child


@bp.route("/children/<int:child_id>/reviews/<int:review_id>/case-record.pdf")
@staff(Role.IRO, Role.MANAGER)
def download_pdf(child_id: int, review_id: int):
    return _download(child_id, review_id, "pdf")


@bp.route("/children/<int:child_id>/reviews/<int:review_id>/case-record.json")
@staff(Role.IRO, Role.MANAGER)
def download_json(child_id: int, review_id: int):
    return _download(child_id, review_id, "json")


def _download(child_id: int, review_id: int, fmt: str) -> Response:
    child = db.get_or_404(Child, child_id)
    if not may_see_child(current_user, child):
        audit.record(Action.ACCESS_REFUSED, child=child)
        db.session.commit()
        abort(403)
    review = db.get_or_404(Review, review_id)
    if review.child_id != child.id:
        abort(404)
    views = views_for(review)
    now = utcnow()
    document = review_document(review, views, now)
    body = review_pdf(document) if fmt == "pdf" else json.dumps(document, ensure_ascii=False, indent=2).encode()
    # Every later view must be downloaded again before this review's views may be deleted here (app/retention).
    review.exported_at = now
    audit.record(Action.EXPORTED_REVIEW, child=child, detail=f"review {review.id} {fmt}")
    for submission in views:
        audit.record(Action.VIEWED_ANSWERS, child=child, submission=submission)
    db.session.commit()
    reference = "".join(c for c in child.reference if c.isalnum() or c in "-_")
    name = f"review-{reference}-{review.held_on or review.due_on}.{fmt}"
    headers = {"Content-Disposition": f'attachment; filename="{name}"', "Cache-Control": "no-store"}
    return Response(body, mimetype="application/pdf" if fmt == "pdf" else "application/json", headers=headers)
