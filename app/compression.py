"""Pages sent compressed, with Brotli when the browser accepts it and gzip otherwise, except to requests another site
started (docs/page-weight.md explains why: BREACH)."""

from flask import Flask, Response, request
from flask_compress import Compress

compress = Compress()

# Fetch Metadata: browsers say when a request was started by another site's page (a link, a form, a script).
STARTED_ELSEWHERE = {"cross-site", "same-site"}


def _compressed(response: Response) -> Response:
    # Guessing a secret from compressed sizes takes thousands of requests that the guesser's own site starts;
    # those, and only those, get the page as it is.
    if request.headers.get("Sec-Fetch-Site") in STARTED_ELSEWHERE:
        return response
    return compress.after_request(response)


def init_app(app: Flask) -> None:
    # Text only, and only where it pays: a few hundred bytes barely shrink, and redirects carry none.
    app.config.setdefault(
        "COMPRESS_MIMETYPES",
        ["text/html", "text/css", "text/plain", "text/csv", "application/json", "application/javascript", "image/svg+xml"],
    )
    app.config.setdefault("COMPRESS_MIN_SIZE", 500)
    app.config.setdefault("COMPRESS_ALGORITHM", ["br", "gzip"])
    # Brotli at level 5: smaller than gzip at its best, and fast enough to run on every page.
    app.config.setdefault("COMPRESS_BR_LEVEL", 5)
    # Downloads written as they are made go out as they are.
    app.config.setdefault("COMPRESS_STREAMS", False)
    app.config.setdefault("COMPRESS_REGISTER", False)
    compress.init_app(app)
    app.after_request(_compressed)
