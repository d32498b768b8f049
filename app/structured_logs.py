"""Log lines as JSON objects (or as text for people), each with its request's id, and one line for every request.

A line carries the level, logger, message and, for a request, its method, path (secret links masked), status and
duration: never a query string, a form, a name, a number, a token or an answer. An exception is logged by its kind
and where it happened, not its message, which can quote what a person typed."""

import json
import logging
import re
import sys
import time
import traceback
import uuid
from datetime import UTC, datetime

from flask import Flask, Response, g, has_request_context, request

from app.log_privacy import mask

REQUEST_ID_HEADER = "X-Request-ID"
# An id a load balancer or proxy gave the request: kept when it is plainly an id (with a letter in it, so never a
# phone number or other digits someone chose to send), otherwise the app makes its own.
SAFE_REQUEST_ID = re.compile(r"(?=[^a-zA-Z]*[a-zA-Z])[A-Za-z0-9._-]{8,64}")
REQUEST_FIELDS = ("method", "path", "status", "duration_ms")
request_log = logging.getLogger("app.requests")


def request_id() -> str | None:
    return g.get("request_id") if has_request_context() else None


class WithRequestId(logging.Filter):
    """Gives every line the id of the request it was logged in (none outside a request)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id()
        return True


def _exception(record: logging.LogRecord) -> tuple[str, str]:
    kind, _, trace = record.exc_info
    return kind.__name__, "".join(traceback.format_tb(trace))


class JsonLines(logging.Formatter):
    """One JSON object a line, for log collectors to read."""

    def format(self, record: logging.LogRecord) -> str:
        line = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": mask(record.getMessage()),
            "request_id": getattr(record, "request_id", None),
        }
        line.update({field: getattr(record, field) for field in REQUEST_FIELDS if hasattr(record, field)})
        if record.exc_info:
            line["exception"], line["traceback"] = _exception(record)
        return json.dumps(line)


class TextLines(logging.Formatter):
    """A line of text for a person at a terminal."""

    def format(self, record: logging.LogRecord) -> str:
        line = (f"{self.formatTime(record)} {record.levelname} {record.name} "
                f"[{getattr(record, 'request_id', None) or '-'}] {mask(record.getMessage())}")
        if record.exc_info:
            kind, trace = _exception(record)
            line += f"\n{trace}{kind}"
        return line


class ToStandardError(logging.StreamHandler):
    """Writes to whatever sys.stderr is when a line is logged (a test or a server may have replaced it)."""

    def __init__(self):
        super().__init__()
        self.addFilter(WithRequestId())

    @property
    def stream(self):
        return sys.stderr

    @stream.setter
    def stream(self, value) -> None:
        pass


def _start() -> None:
    incoming = request.headers.get(REQUEST_ID_HEADER, "")
    g.request_id = incoming if SAFE_REQUEST_ID.fullmatch(incoming) else uuid.uuid4().hex
    g.request_started = time.perf_counter()


def _finish(response: Response) -> Response:
    if "request_id" not in g:
        _start()
    response.headers[REQUEST_ID_HEADER] = g.request_id
    duration_ms = round((time.perf_counter() - g.request_started) * 1000, 1)
    path = mask(request.path)
    request_log.info("%s %s %s %sms", request.method, path, response.status_code, duration_ms,
                     extra={"method": request.method, "path": path, "status": response.status_code, "duration_ms": duration_ms})
    return response


def init_app(app: Flask) -> None:
    """Log to standard error in the LOG_FORMAT chosen (json or text), from every logger."""
    root = logging.getLogger()
    handler = next((existing for existing in root.handlers if isinstance(existing, ToStandardError)), None)
    if handler is None:
        handler = ToStandardError()
        root.addHandler(handler)
    handler.setFormatter(JsonLines() if app.config["LOG_FORMAT"].lower() == "json" else TextLines())
    # The app's own lines from INFO; libraries' (Twilio's client logs every request it makes) from WARNING, as before.
    logging.getLogger("app").setLevel(logging.INFO)
    app.before_request(_start)
    app.after_request(_finish)
