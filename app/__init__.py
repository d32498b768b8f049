"""Listen to Me: the application factory."""

import os

from flask import Flask

from app.config import CONFIGS, INSTANCE


def create_app(config: str | None = None, **overrides) -> Flask:
    """Build the app with the named configuration (development, test or production), plus any overrides.

    With no name, FLASK_CONFIG chooses, and without that it is production: a server started without saying so
    gets the strict settings, and refuses to start with unsafe ones (app/security.py)."""
    # Imported here so that `import app.…` (as forms/ does for its definitions) stays light and acyclic.
    from app import assets, audit, auth, cli, compression, consult, crypto, errors, health, inputs, language, layout, limits, log_privacy, messaging, pages, privacy, records, reports, security, sms, staff, structured_logs, subject_access, working_hours
    from app.auth import session as staff_sessions
    from app.caseload import figures as caseload_figures
    from app.notifications import out_of_hours
    from app.extensions import csrf, db, migrate

    app = Flask(__name__, template_folder="../templates", instance_path=str(INSTANCE))
    app.config.from_object(CONFIGS[config or os.environ.get("FLASK_CONFIG", "production")])
    app.config.update(overrides)
    security.check_config(app)
    structured_logs.init_app(app)  # first, so that every line after is in the chosen format
    INSTANCE.mkdir(exist_ok=True)

    db.init_app(app)
    migrate.init_app(app, db, directory=str(INSTANCE.parent / "migrations"))
    for extension in (inputs, csrf, crypto, language, layout, security, assets, compression, errors, limits, log_privacy, staff_sessions, cli, messaging, working_hours, out_of_hours, caseload_figures, audit):
        extension.init_app(app)
    for area in (health, pages, privacy, auth, consult, staff, records, reports, subject_access):
        app.register_blueprint(area.bp)
    sms.init_app(app)  # its webhooks are CSRF-exempt, and its simulator exists only in development
    return app
