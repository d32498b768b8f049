"""The app restarted on the same database with other keys, as a server is after a change of settings, and
`flask keys` run in it."""

from contextlib import contextmanager

from app import create_app
from app.extensions import db

# What a restarted app keeps from the one it replaces: its database, and its text provider and addresses.
CARRIED = ("SQLALCHEMY_DATABASE_URI", "TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_MESSAGING_SERVICE_SID",
           "TWILIO_HTTP_CLIENT", "PUBLIC_BASE_URL", "SMS_WEBHOOK_BASE_URL", "OUTBOX_RETRY_SECONDS")


@contextmanager
def restarted(app, **settings):
    """The test app again, on the same database, with these settings (e.g. other keys)."""
    again = create_app("test", **{**{name: app.config[name] for name in CARRIED}, **settings})
    again.test_client_class = app.test_client_class
    try:
        yield again
    finally:
        with again.app_context():
            db.session.remove()
            db.engine.dispose()


def run_keys(app, *args: str) -> list[str]:
    """`flask keys …` in this app (in its own context: the command would otherwise run in whichever app's context the
    test holds open); the lines it printed."""
    with app.app_context():
        result = app.test_cli_runner().invoke(args=["keys", *args])
    assert result.exit_code == 0, result.output
    return result.output.splitlines()
