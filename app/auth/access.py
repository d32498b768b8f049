"""Access rules. Every view declares one; a test checks that none is missing."""

from functools import wraps

from flask import abort, request
from flask_login import current_user, login_required

from app import audit
from app.audit.actions import Action
from app.extensions import db
from app.models import Role


def public(view):
    """Anyone may open this page: it shows nothing about a child unless a valid link was opened."""
    view.access = "public"
    return view


def signed_in(view):
    """Any signed-in member of staff: their own account and sessions."""

    @wraps(view)
    @login_required
    def guarded(*args, **kwargs):
        return view(*args, **kwargs)

    guarded.access = "signed in"
    return guarded


def staff(*roles: Role):
    """Signed-in staff with one of these roles; anyone else is refused, and the refusal audited."""

    def decorator(view):
        @wraps(view)
        @login_required
        def guarded(*args, **kwargs):
            if current_user.role not in roles:
                audit.record(Action.REFUSED_BY_ROLE, detail=f"{request.method} {request.path}")
                db.session.commit()
                abort(403)
            return view(*args, **kwargs)

        guarded.access = tuple(roles)
        return guarded

    return decorator
