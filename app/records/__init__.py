"""A review's views as a document for the council's case record: its content, as PDF and JSON, and the download."""

from flask import Blueprint

bp = Blueprint("records", __name__, url_prefix="/staff")

from app.records import routes  # noqa: E402,F401
