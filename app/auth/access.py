"""Access rules. Every view declares one; a test checks that none is missing."""

from functools import wraps

from flask import abort
from flask_login import current_user, login_required

from app.models import Role


def public(view):
    """Anyone may open this page: it shows nothing about a child unless a valid link was opened."""
    view.access = "public"
    return view


def staff(*roles: Role):
    """Signed-in staff with one of these roles."""

    def decorator(view):
        @wraps(view)
        @login_required
        def guarded(*args, **kwargs):
            if current_user.role not in roles:
                abort(403)
            return view(*args, **kwargs)

        guarded.access = tuple(roles)
        return guarded

    return decorator
