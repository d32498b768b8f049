"""Prints a URL for a fresh PostgreSQL test database, or nothing if PostgreSQL cannot be reached.

Used by `make test`: `python -m tests.postgres`.
"""

import os

import psycopg

ADMIN_URL = os.environ.get("POSTGRES_ADMIN_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
DATABASE = "listen_to_me_test"


def fresh_database() -> str | None:
    try:
        with psycopg.connect(ADMIN_URL, autocommit=True, connect_timeout=3) as connection:
            connection.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
            connection.execute(f"CREATE DATABASE {DATABASE}")
    except psycopg.OperationalError:
        return None
    return ADMIN_URL.replace("postgresql://", "postgresql+psycopg://").rsplit("/", 1)[0] + f"/{DATABASE}"


if __name__ == "__main__":
    print(fresh_database() or "")
