"""The privacy notices: one for each age band of children, and one for parents, carers and professionals."""

from flask import Blueprint

bp = Blueprint("privacy", __name__, url_prefix="/privacy")

from app.privacy import routes  # noqa: E402,F401
