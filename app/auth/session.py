"""Flask-Login wiring: how a signed-in staff member is found again on each request."""

from flask import Flask
from flask_babel import lazy_gettext as _l

from app.extensions import db, login_manager
from app.models import StaffMember


def init_app(app: Flask) -> None:
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    login_manager.login_message = _l("Sign in to see this page")
    login_manager.login_message_category = "info"
    login_manager.session_protection = "strong"


@login_manager.user_loader
def load_staff(staff_id: str) -> StaffMember | None:
    return db.session.get(StaffMember, int(staff_id)) if staff_id.isdigit() else None
