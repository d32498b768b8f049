"""pg_dump and pg_restore for DATABASE_URL's PostgreSQL database, each checked against the server's version first."""

import re
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import psycopg

# Tables, views, sequences and the like: anything in a schema of the database's own that a restore would collide with.
COUNT_RELATIONS = """
    SELECT count(*) FROM pg_class JOIN pg_namespace ON pg_namespace.oid = pg_class.relnamespace
    WHERE pg_namespace.nspname NOT IN ('pg_catalog', 'information_schema') AND pg_namespace.nspname NOT LIKE 'pg_toast%'
      AND pg_class.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
"""


class BackupError(RuntimeError):
    """A backup or restore that cannot go ahead, saying why."""


def libpq_url(database_url: str) -> str:
    """DATABASE_URL as pg_dump and psycopg take it: without SQLAlchemy's driver name (postgresql+psycopg://)."""
    scheme, separator, rest = database_url.partition("://")
    if not separator or scheme.split("+")[0] not in ("postgresql", "postgres"):
        raise BackupError("DATABASE_URL must name a PostgreSQL database (postgresql://...).")
    return f"postgresql://{rest}"


def _client_major(program: str) -> int:
    """The major version of pg_dump or pg_restore, from its "pg_dump (PostgreSQL) 15.20 (Debian ...)"."""
    try:
        said = subprocess.run([program, "--version"], capture_output=True, text=True, check=True).stdout
    except FileNotFoundError as missing:
        raise BackupError(f"{program} is not installed: `apt-get install postgresql-client`.") from missing
    return int(re.search(r"\(PostgreSQL\)\s+(\d+)", said)[1])


def check_client(url: str, program: str) -> None:
    """pg_dump and pg_restore write and read the server's own format: their major version must be the server's."""
    client = _client_major(program)
    with psycopg.connect(url, connect_timeout=10) as connection:
        server = int(connection.execute("SHOW server_version_num").fetchone()[0]) // 10000
    if client != server:
        raise BackupError(f"{program} is version {client} but the server is PostgreSQL {server}: install "
                          f"postgresql-client-{server} (from apt.postgresql.org if Debian has no such package).")


def backup(database_url: str, backup_dir: Path) -> Path:
    """Dump the whole database, custom format, to a new file in backup_dir named by the time (UTC); returns it.

    The file is written under a temporary name and renamed when complete, so a file with a backup's name is always a
    whole backup; only its owner may read it (it holds children's names)."""
    url = libpq_url(database_url)
    check_client(url, "pg_dump")
    backup_dir.mkdir(parents=True, exist_ok=True)
    name = f"listen-to-me-{datetime.now(UTC):%Y%m%dT%H%M%SZ}.dump"
    partial = backup_dir / f".{name}.partial"
    partial.touch(mode=0o600)
    try:
        subprocess.run(["pg_dump", "--format=custom", "--no-owner", "--no-privileges", f"--file={partial}",
                        f"--dbname={url}"], check=True)
    except subprocess.CalledProcessError as failed:
        partial.unlink(missing_ok=True)
        raise BackupError(f"pg_dump failed (exit status {failed.returncode}); no backup was written.") from failed
    return partial.rename(backup_dir / name)


def restore(database_url: str, dump: Path) -> None:
    """Load a backup into an empty database, all or nothing; refuses a database that already holds anything."""
    url = libpq_url(database_url)
    if not dump.is_file():
        raise BackupError(f"There is no backup file at {dump}.")
    check_client(url, "pg_restore")
    with psycopg.connect(url, connect_timeout=10) as connection:
        relations = connection.execute(COUNT_RELATIONS).fetchone()[0]
    if relations:
        raise BackupError("The database DATABASE_URL names is not empty: restore only into a new, empty database "
                          "(createdb), so nothing in it is overwritten or mixed with the backup.")
    try:
        subprocess.run(["pg_restore", "--exit-on-error", "--single-transaction", "--no-owner", "--no-privileges",
                        f"--dbname={url}", str(dump)], check=True)
    except subprocess.CalledProcessError as failed:
        raise BackupError(f"pg_restore failed (exit status {failed.returncode}); nothing was restored.") from failed
