"""Friendly error pages: a person never sees a stack trace or a bare status."""

import logging

from flask import Flask, current_app, g, render_template
from flask_babel import format_number
from flask_babel import gettext as _
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import InterfaceError, OperationalError
from werkzeug.exceptions import HTTPException

from app.extensions import db, login_manager

log = logging.getLogger(__name__)

# How long a browser or monitor is asked to wait before trying again while the database cannot be reached.
RETRY_AFTER_SECONDS = 60


def _page(status: int, heading: str, message: str):
    return render_template("errors/error.html", heading=heading, message=message), status


def _http_error(error: HTTPException):
    if error.code == 403:
        return _page(403, _("You cannot see this page"), _("This page is for the people who work with this child."))
    if error.code == 429:
        return _page(429, _("Too many attempts"), _("For your security, wait a few minutes, then try again."))
    if error.code == 413:
        size = current_app.config["MAX_CONTENT_LENGTH"] // (1024 * 1024)
        return _page(413, _("The file is too big"), _("Go back and choose a smaller file: it must be %(size)s MB or smaller.", size=format_number(size)))
    if error.code in (404, 405):
        return _page(error.code, _("Page not found"), _("Check the address is right, or go back to the page you came from."))
    return _page(error.code or 500, _("Something went wrong"), _("Go back and try again."))


def _csrf_error(error: CSRFError):
    return _page(
        400,
        _("This page has timed out"),
        _("For your security, go back, reload the page and try again. Nothing you saved before has been lost."),
    )


def _server_error(error: Exception):
    db.session.rollback()
    return _page(
        500,
        _("Sorry, there is a problem with the service"),
        _("Try again later. Anything you saved before has not been lost."),
    )


def forget_database_work() -> None:
    """After the database failed mid-request: drop the unfinished transaction, so nothing is half-written, and show
    this page as to someone signed out (knowing who is signed in needs the database)."""
    log.error("The database could not be reached: the request's work was rolled back")
    db.session.rollback()
    g._login_user = login_manager.anonymous_user()


def database_unavailable(error: Exception):
    """The calm page for a request the database could not answer: 503, and try again in a minute."""
    forget_database_work()
    page, status = _page(
        503,
        _("Sorry, the service is not available just now"),
        _("Everything you saved before is safe. Wait a minute, then try again."),
    )
    return page, status, {"Retry-After": str(RETRY_AFTER_SECONDS)}


def init_app(app: Flask) -> None:
    app.register_error_handler(OperationalError, database_unavailable)
    app.register_error_handler(InterfaceError, database_unavailable)
    app.register_error_handler(CSRFError, _csrf_error)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(500, _server_error)
