"""What the environment asks of the stack: the web app's address and workers, how many outbox workers, whether this
server runs the scheduler."""

import os
from collections.abc import Mapping


class ServeError(ValueError):
    """A setting the stack cannot start with; the message names the variable."""


def web_workers(environ: Mapping[str, str] = os.environ) -> int:
    """WEB_CONCURRENCY, or gunicorn's advice for a server of its own: two workers a core, and one more."""
    return _count(environ, "WEB_CONCURRENCY", 2 * len(os.sched_getaffinity(0)) + 1, minimum=1)


def bind(environ: Mapping[str, str] = os.environ) -> str:
    """Where gunicorn listens: HOST (every address unless set) and PORT (8000 unless set)."""
    return f"{environ.get('HOST') or '0.0.0.0'}:{_count(environ, 'PORT', 8000, minimum=1)}"


def outbox_workers(environ: Mapping[str, str] = os.environ) -> int:
    """OUTBOX_WORKERS on this server (1 unless set; 0 for none)."""
    return _count(environ, "OUTBOX_WORKERS", 1, minimum=0)


def runs_scheduler(environ: Mapping[str, str] = os.environ) -> bool:
    """RUN_SCHEDULER: yes unless set to 0 (one scheduler is enough for every server)."""
    return environ.get("RUN_SCHEDULER", "1").strip().lower() not in ("0", "no", "false", "off")


def problems(environ: Mapping[str, str] = os.environ) -> list[str]:
    """What stops the stack starting, each naming its variable; the app's own checks (app/security.py) come after."""
    found = []
    if not environ.get("DATABASE_URL", "").startswith("postgresql"):
        found.append("Set DATABASE_URL to the PostgreSQL database, e.g. postgresql+psycopg://user@host/listen_to_me.")
    if not environ.get("REDIS_URL"):
        found.append("Set REDIS_URL, e.g. redis://127.0.0.1:6379/0: every web worker counts guesses there.")
    for read in (web_workers, bind, outbox_workers):
        try:
            read(environ)
        except ServeError as error:
            found.append(str(error))
    return found


def _count(environ: Mapping[str, str], name: str, default: int, minimum: int) -> int:
    value = environ.get(name, "").strip()
    if not value:
        return default
    if not value.isdigit() or int(value) < minimum:
        raise ServeError(f"{name} must be a whole number, at least {minimum}.")
    return int(value)
