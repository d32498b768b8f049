"""The public side: a person opens their link and answers their questionnaire."""

from flask import Blueprint

bp = Blueprint("consult", __name__)

from app.consult import help, routes  # noqa: E402,F401
