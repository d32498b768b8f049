"""Real processes a test kills and starts again (the app under gunicorn, the outbox worker), the settings a production
server starts with."""

import http.client
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.helpers.production import council_settings, production_secrets
from tests.helpers.twilio import ACCOUNT_SID, AUTH_TOKEN, BASE_URL, SERVICE_SID

ROOT = Path(__file__).resolve().parents[2]


def production_settings(database_url: str) -> dict[str, str]:
    """The environment of a production server: strong secrets made for this run, and every setting it requires."""
    return {
        "FLASK_CONFIG": "production",
        "DATABASE_URL": database_url,
        **production_secrets(),
        "PUBLIC_BASE_URL": BASE_URL,
        "SMS_WEBHOOK_BASE_URL": BASE_URL,
        "TWILIO_ACCOUNT_SID": ACCOUNT_SID,
        "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
        "TWILIO_MESSAGING_SERVICE_SID": SERVICE_SID,
        **council_settings(),
        "REDIS_URL": "",
        "TRUSTED_PROXY_COUNT": "0",
        "NO_PROXY": "127.0.0.1,localhost",
    }


def worker_settings(production: dict[str, str], twilio_url: str) -> dict[str, str]:
    """The outbox worker's environment: the server's database and keys, sending to a stand-in for Twilio (which only
    development allows), trying again at once and looking for work every tenth of a second."""
    return {**production, "FLASK_CONFIG": "development", "TWILIO_API_BASE_URL": twilio_url,
            "OUTBOX_RETRY_SECONDS": "0", "OUTBOX_POLL_SECONDS": "0.1"}


class Restartable:
    """A command run as its own process group, so that kill() takes it and every process it started (gunicorn's
    workers) at once with SIGKILL, as a machine losing power does; each start's output is kept in logs/."""

    def __init__(self, name: str, command: list[str], environment: dict[str, str], logs: Path):
        self.name, self.command, self.logs = name, command, logs
        keep = {k: v for k, v in os.environ.items() if not k.startswith(("TWILIO_", "MAIL_", "REDIS_", "FLASK_"))}
        self.environment = {**keep, **environment}
        self.starts = self.kills = 0
        self.process = self._start()

    def _start(self) -> subprocess.Popen:
        self.starts += 1
        with open(self.logs / f"{self.name}-{self.starts}.log", "wb") as log:
            return subprocess.Popen(self.command, cwd=ROOT, env=self.environment, stdout=log,
                                    stderr=subprocess.STDOUT, start_new_session=True)

    def kill_and_restart(self) -> None:
        self.kills += 1
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)
        self.process = self._start()

    def check_alive(self) -> None:
        assert self.process.poll() is None, f"{self.name} stopped by itself:\n{self.output()}"

    def stop(self) -> None:
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()

    def output(self) -> str:
        return "\n".join(f"--- {log.name}\n{log.read_text(errors='replace')[-3000:]}"
                         for log in sorted(self.logs.glob(f"{self.name}-*.log")))


def gunicorn(port: int, environment: dict[str, str], logs: Path) -> Restartable:
    """The app as production serves it: gunicorn's pre-fork workers on 127.0.0.1:port."""
    return Restartable("gunicorn", [sys.executable, "-m", "gunicorn", "--bind", f"127.0.0.1:{port}", "--workers", "2",
                                    "wsgi:app"], environment, logs)


def outbox_worker(environment: dict[str, str], logs: Path) -> Restartable:
    return Restartable("worker", [sys.executable, "-m", "flask", "--app", "wsgi", "outbox", "worker"], environment, logs)


def wait_until_serving(port: int, server: Restartable, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while True:
        server.check_alive()
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            connection.request("GET", "/healthz")
            if connection.getresponse().status == 200:
                return
        except OSError:
            pass
        assert time.monotonic() < deadline, f"the server did not start:\n{server.output()}"
        time.sleep(0.1)
