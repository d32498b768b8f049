"""Subject access: a manager downloads everything held about a child, or about one adult on their record, as a ZIP."""

from flask import Blueprint

bp = Blueprint("subject_access", __name__, url_prefix="/staff")

from app.subject_access import routes  # noqa: E402,F401
