"""Staff sign-in with two factors, sessions held on the server, and each person's own account."""

from flask import Blueprint

bp = Blueprint("auth", __name__, url_prefix="/staff")

from app.auth import account, recovery, routes, setup  # noqa: E402,F401
