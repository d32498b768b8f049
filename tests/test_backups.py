"""`make backup` and `make restore FILE=...` on PostgreSQL: a child's views, backed up and restored into an empty
database, are what their IRO reads on the app started on it; a restore never goes into a database holding anything."""

import os
import subprocess
from pathlib import Path

from flask_migrate import upgrade

from app import create_app
from app.extensions import db
from app.models import StaffMember
from tests.conftest import Browser, IsolatedClient, sign_in
from tests.factories import create_child, create_staff
from tests.helpers.databases import scratch_databases
from tests.helpers.journeys import send_views

ROOT = Path(__file__).resolve().parent.parent


def make(target: str, database_url: str, **variables: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, "DATABASE_URL": database_url, **variables}
    return subprocess.run(["make", "--no-print-directory", target, *(f"{k}={v}" for k, v in variables.items())],
                          cwd=ROOT, env=environment, capture_output=True, text=True, timeout=300)


def app_on(database_url: str):
    app = create_app("test", SQLALCHEMY_DATABASE_URI=database_url)
    app.test_client_class = IsolatedClient
    return app


def test_a_restored_backup_shows_the_iro_the_same_childs_views(tmp_path):
    with scratch_databases("ltm_durable_backed_up", "ltm_durable_restored") as (source, restored):
        app = app_on(source)
        with app.app_context():
            upgrade()
            iro = create_staff()
            child = create_child(iro=iro, first_name="Philippa")
            send_views(Browser(app.test_client()), child)
            email, name = iro.email, child.full_name
            db.session.remove()
            db.engine.dispose()

        made = make("backup", source, BACKUP_DIR=str(tmp_path))
        assert made.returncode == 0, made.stderr
        [backup] = tmp_path.glob("listen-to-me-*.dump")
        assert made.stdout.strip().endswith(str(backup))
        assert backup.stat().st_mode & 0o077 == 0, "only its owner may read a backup"

        # Into a database that already holds the service: refused, and that database is left as it was.
        refused = make("restore", source, FILE=str(backup))
        assert refused.returncode != 0 and "is not empty" in refused.stderr
        assert make("restore", restored).returncode != 0  # no FILE named

        restoring = make("restore", restored, FILE=str(backup))
        assert restoring.returncode == 0, restoring.stderr

        app = app_on(restored)
        with app.app_context():
            iro = db.session.scalar(db.select(StaffMember).where(StaffMember.email == email))
            staff = Browser(app.test_client())
            sign_in(staff, iro)
            assert staff.h1 == "Caseload"
            staff.follow(name)
            staff.follow("views sent")
            assert name in staff.text()
            assert "I got into the football team" in staff.text()
            db.session.remove()
            db.engine.dispose()
