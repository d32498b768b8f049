"""`python -m app.serving` (what `make serve` runs): check the settings, migrate, then hand over to supervisord."""

import os
import subprocess
import sys

from app.config import INSTANCE
from app.serving import settings, supervisor
from app.serving.migrating import migrate


def main() -> None:
    found = settings.problems()
    if found:
        sys.exit("Listen to Me will not start: " + " ".join(found))
    try:
        migrate(os.environ["DATABASE_URL"])
    except subprocess.CalledProcessError as error:
        sys.exit(f"Listen to Me will not start: the migrations failed (exit status {error.returncode}).")
    runtime = INSTANCE / "serve"
    runtime.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = runtime / "supervisord.conf"
    path.write_text(supervisor.config(os.environ, runtime))
    # supervisord takes this process's place, so a signal to `make serve` reaches it and it stops every process.
    os.execv(sys.executable, [sys.executable, "-m", "supervisor.supervisord", "--nodaemon", "--configuration", str(path)])


if __name__ == "__main__":
    main()
