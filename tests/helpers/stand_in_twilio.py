"""A stand-in for Twilio's Messages API on 127.0.0.1 (TWILIO_API_BASE_URL, for local fakes only), for tests whose
outbox workers are real processes: it counts every text it is given and can hold them until told to answer."""

import base64
import json
import re
import threading
import time
import uuid
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

from tests.helpers.twilio import ACCOUNT_SID, AUTH_TOKEN

MESSAGES_PATH = re.compile(r"/2010-04-01/Accounts/(?P<account>AC[0-9a-f]{32})/Messages\.json")


class StandInTwilio(ThreadingHTTPServer):
    """Twilio's Messages API on 127.0.0.1: records each text it is given (it is accepted on arrival, as at Twilio),
    answers 201 with a new SID after a delay, and can hold requests until told to let them go."""

    daemon_threads = True

    def __init__(self, delay: float):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.delay = delay
        self.received: list[dict] = []
        self.lock = threading.Lock()
        self.gate = threading.Event()
        self.gate.set()
        self.waiting = self.in_flight = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def count(self, name: str) -> int:
        with self.lock:
            return getattr(self, name) if name != "received" else len(self.received)

    def busy(self) -> bool:
        """Is a text still with it, not yet answered?"""
        return self.count("in_flight") > 0


class _Handler(BaseHTTPRequestHandler):
    server: StandInTwilio

    def do_POST(self):  # noqa: N802 (http.server's name)
        match = MESSAGES_PATH.fullmatch(self.path)
        expected = "Basic " + base64.b64encode(f"{ACCOUNT_SID}:{AUTH_TOKEN}".encode()).decode()
        if not match or match["account"] != ACCOUNT_SID or self.headers.get("Authorization") != expected:
            return self._answer(401 if match else 404, {"code": 20003, "message": "refused", "status": 401})
        form = {k: v[0] for k, v in parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode()).items()}
        sid = "SM" + uuid.uuid4().hex
        server = self.server
        with server.lock:
            server.received.append({**form, "sid": sid})
            server.in_flight += 1
            server.waiting += 1
        try:
            server.gate.wait(timeout=30)
            with server.lock:
                server.waiting -= 1
            time.sleep(server.delay)
            self._answer(201, {"sid": sid, "status": "queued", "to": form.get("To"), "body": form.get("Body")})
        finally:
            with server.lock:
                server.in_flight -= 1

    def _answer(self, status: int, payload: dict) -> None:
        body = json.dumps(payload).encode()
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the worker was killed while Twilio had its text

    def log_message(self, format, *args):
        pass


@contextmanager
def stand_in_twilio(delay: float):
    server = StandInTwilio(delay)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.gate.set()
        server.shutdown()
        server.server_close()
