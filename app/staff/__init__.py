"""The IRO's and manager's workspace."""

from flask import Blueprint

bp = Blueprint("staff", __name__, url_prefix="/staff")

from app.staff import (  # noqa: E402,F401
    accounts,
    alert_settings,
    allocation,
    badge,
    check_in,
    contacts,
    emailing,
    feedback,
    importing,
    invitation_list,
    meetings,
    professionals,
    profile,
    reviews,
    routes,
    text_status,
    texting,
    urgent,
)
