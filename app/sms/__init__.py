"""The questionnaire by text: the text provider's webhooks, the conversation, reminders, and the development simulator."""

from flask import Blueprint, Flask

bp = Blueprint("sms", __name__, url_prefix="/sms")

from app.sms import webhooks  # noqa: E402,F401


def init_app(app: Flask) -> None:
    from app.extensions import csrf
    from app.messaging import worker
    from app.sms import housekeeping

    # The provider cannot send our CSRF token; its signature on each request is checked instead.
    csrf.exempt(bp)
    app.register_blueprint(bp)
    # Each round of the outbox worker sends reminders and nudges, and lets quiet conversations expire.
    worker.register_job(app, housekeeping.run)
    if app.config.get("SMS_SIMULATOR"):
        from app.sms import simulator

        app.register_blueprint(simulator.bp)
