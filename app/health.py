"""/healthz: is the app up, can it reach its database, and has any text or email been left claimed by a worker
that died?"""

from flask import Blueprint, jsonify
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from app.auth.access import public
from app.extensions import db
from app.messaging import worker

bp = Blueprint("health", __name__)


@bp.route("/healthz")
@public
def healthz():
    try:
        db.session.execute(text("SELECT 1"))
        database = "ok"
    except SQLAlchemyError:
        db.session.rollback()
        database = "unavailable"
    healthy = database == "ok"
    # Claimed and never settled: the worker died mid-send. The app is up, but a person must look.
    stranded = worker.stranded() if healthy else None
    return jsonify(
        status="ok" if healthy else "degraded", app="ok", database=database, stranded=stranded
    ), 200 if healthy else 503
