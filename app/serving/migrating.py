"""Migrations run once before the stack starts; servers started together take turns, so only one migrates."""

import subprocess
import sys

from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from app.serving.supervisor import ROOT

# Any fixed number, the same on every server: the PostgreSQL advisory lock that servers take turns on.
MIGRATION_LOCK = 7_432_001


def migrate(database_url: str, python: str = sys.executable) -> None:
    """`flask db upgrade`, holding a lock on the database so a second server waits, then finds nothing to do."""
    engine = create_engine(database_url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK})
            try:
                subprocess.run([python, "-m", "flask", "--app", "wsgi", "db", "upgrade"], cwd=ROOT, check=True)
            finally:
                connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK})
    finally:
        engine.dispose()
