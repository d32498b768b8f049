"""supervisord's configuration, written from the environment: gunicorn, the outbox workers and the scheduler, each
restarted if it dies, all stopped together. No secret is written into it: each process reads the environment."""

import configparser
import io
import shlex
import sys
from collections.abc import Mapping
from pathlib import Path

from app.serving import settings

ROOT = Path(__file__).resolve().parent.parent.parent

# Every process: started at once and again whenever it dies, logged to supervisord's own output, and stopped with
# everything it started (gunicorn's workers, a job's command).
EACH_PROCESS = {
    "autostart": "true",
    "autorestart": "true",
    "startsecs": "3",
    "startretries": "10",
    "stopasgroup": "true",
    "killasgroup": "true",
    "stopwaitsecs": "10",
    "redirect_stderr": "true",
    "stdout_logfile": "/dev/stdout",
    "stdout_logfile_maxbytes": "0",
}


def _command(*words: str) -> str:
    # supervisord reads %(…)s in its values: a literal % is written twice.
    return " ".join(shlex.quote(word) for word in words).replace("%", "%%")


def programs(environ: Mapping[str, str], python: str = sys.executable) -> dict[str, dict[str, str]]:
    """Each program supervisord runs, by name, with its settings."""
    flask = (python, "-m", "flask", "--app", "wsgi")
    chosen = {
        # gunicorn's master restarts a worker that dies; supervisord restarts the master. Its graceful stop waits
        # for requests under way (gunicorn.conf.py), so supervisord waits a little longer.
        "web": {"command": _command(python, "-m", "gunicorn", "--config", str(ROOT / "gunicorn.conf.py")),
                "stopwaitsecs": "35"},
    }
    if workers := settings.outbox_workers(environ):
        chosen["outbox"] = {"command": _command(*flask, "outbox", "worker"), "numprocs": str(workers),
                            "process_name": "%(program_name)s-%(process_num)s"}
    if settings.runs_scheduler(environ):
        chosen["scheduler"] = {"command": _command(*flask, "scheduler", "run")}
    return {name: {**EACH_PROCESS, "directory": str(ROOT).replace("%", "%%"), **program}
            for name, program in chosen.items()}


def config(environ: Mapping[str, str], runtime: Path, python: str = sys.executable) -> str:
    """The whole configuration, as supervisord reads it. `supervisorctl -c <runtime>/supervisord.conf status`
    lists the processes while it runs."""
    runtime_path = str(runtime).replace("%", "%%")
    parser = configparser.RawConfigParser()
    parser["supervisord"] = {
        "nodaemon": "true",
        "logfile": "/dev/null",  # with nodaemon it logs to standard output already
        "logfile_maxbytes": "0",
        "pidfile": f"{runtime_path}/supervisord.pid",
        "childlogdir": runtime_path,
    }
    parser["unix_http_server"] = {"file": f"{runtime_path}/supervisor.sock", "chmod": "0700"}
    parser["supervisorctl"] = {"serverurl": f"unix://{runtime_path}/supervisor.sock"}
    parser["rpcinterface:supervisor"] = {
        "supervisor.rpcinterface_factory": "supervisor.rpcinterface:make_main_rpcinterface"
    }
    for name, program in programs(environ, python).items():
        parser[f"program:{name}"] = program
    written = io.StringIO()
    parser.write(written)
    return written.getvalue()
