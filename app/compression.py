"""Pages sent compressed, with Brotli when the browser accepts it and gzip otherwise (docs/page-weight.md)."""

from flask import Flask
from flask_compress import Compress

compress = Compress()


def init_app(app: Flask) -> None:
    # Text only, and only where it pays: a few hundred bytes barely shrink, and redirects carry none.
    app.config.setdefault("COMPRESS_MIMETYPES", ["text/html", "text/css", "text/plain", "text/csv", "application/json", "application/javascript", "image/svg+xml"])
    app.config.setdefault("COMPRESS_MIN_SIZE", 500)
    app.config.setdefault("COMPRESS_ALGORITHM", ["br", "gzip"])
    # Brotli's level 5 makes a page about as small as gzip's best, in a millisecond or two.
    app.config.setdefault("COMPRESS_BR_LEVEL", 5)
    # Downloads written as they are made (reports) go out as they are.
    app.config.setdefault("COMPRESS_STREAMS", False)
    compress.init_app(app)
