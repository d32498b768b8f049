"""The questionnaire by text: Twilio's webhooks, the conversation, reminders, and the development simulator."""

from flask import Blueprint, Flask

bp = Blueprint("sms", __name__, url_prefix="/sms")

from app.sms import webhooks  # noqa: E402,F401


def init_app(app: Flask) -> None:
    from app.extensions import csrf

    # Twilio cannot send our CSRF token; its signature (X-Twilio-Signature) is checked instead.
    csrf.exempt(bp)
    app.register_blueprint(bp)
    if app.config.get("SMS_SIMULATOR"):
        from app.sms import simulator

        app.register_blueprint(simulator.bp)
