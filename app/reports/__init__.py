"""The annual report: the figures every IRO annual report prints, as a page, CSV, JSON, and a page for children."""

from flask import Blueprint

bp = Blueprint("reports", __name__, url_prefix="/staff/reports")

from app.reports import routes  # noqa: E402,F401
