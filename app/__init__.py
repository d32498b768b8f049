"""Listen to Me: the application factory."""

import os

from flask import Flask

from app import cli, crypto, errors, language, layout, security
from app.auth import bp as auth_bp
from app.auth import session as staff_sessions
from app.config import CONFIGS, INSTANCE
from app.consult import bp as consult_bp
from app.extensions import csrf, db, migrate
from app.health import bp as health_bp
from app.pages import bp as pages_bp
from app.staff import bp as staff_bp

BLUEPRINTS = (health_bp, pages_bp, auth_bp, consult_bp, staff_bp)


def create_app(config: str | None = None, **overrides) -> Flask:
    """Build the app with the named configuration (development, test or production), plus any overrides."""
    app = Flask(__name__, template_folder="../templates", instance_path=str(INSTANCE))
    app.config.from_object(CONFIGS[config or os.environ.get("FLASK_CONFIG", "development")])
    app.config.update(overrides)
    security.check_config(app)
    INSTANCE.mkdir(exist_ok=True)

    db.init_app(app)
    migrate.init_app(app, db, directory=str(INSTANCE.parent / "migrations"))
    for extension in (csrf, crypto, language, layout, security, errors, staff_sessions, cli):
        extension.init_app(app)
    for blueprint in BLUEPRINTS:
        app.register_blueprint(blueprint)
    return app
