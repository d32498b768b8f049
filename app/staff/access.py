"""Who may open a child's record in the workspace."""

from flask import abort
from flask_login import current_user

from app import audit
from app.extensions import db
from app.models import Child, Role
from app.routing import may_see_child

CASEWORK = (Role.IRO, Role.MANAGER)


def child_or_403(child: Child) -> Child:
    """The child, if this person may see them; otherwise the refusal is audited and a 403 shown."""
    if not may_see_child(current_user, child):
        audit.record("access_refused", child=child)
        db.session.commit()
        abort(403)
    return child
