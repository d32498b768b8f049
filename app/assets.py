"""The built CSS, scripts and pictures: their fingerprinted addresses, and serving them compressed with a year's cache."""

import json
import logging
import re
from pathlib import Path
from wsgiref.headers import Headers

from flask import Flask, current_app, url_for
from whitenoise import WhiteNoise

log = logging.getLogger(__name__)

# `npm run build` (app/static/src/fingerprint.mjs) writes the built files here, each also under a name carrying a
# hash of its contents, and manifest.json naming those copies.
DIST = Path(__file__).resolve().parent / "static" / "dist"
A_YEAR = 365 * 24 * 60 * 60
# A fingerprinted name: app.98efdf5f08bf.css. Its contents never change, so a browser need never ask again.
FINGERPRINTED = re.compile(r"\.[0-9a-f]{12}\.[A-Za-z0-9]+$")
# Files at their plain names may change with the next release: browsers check again after a minute.
PLAIN_MAX_AGE = 60


def read_manifest(dist: Path = DIST) -> dict[str, str]:
    """Plain name -> fingerprinted name, for every built file; empty (plain names used) if nothing was built."""
    try:
        return json.loads((dist / "manifest.json").read_text())
    except FileNotFoundError:
        log.warning("No %s: pages link built files at their plain names (run `make assets`)", dist / "manifest.json")
        return {}


def static_url(name: str) -> str:
    """The address of a built file, named as in app/static/dist ("app.css", "pictures/home.svg")."""
    return url_for("static", filename="dist/" + current_app.extensions["assets"].get(name, name))


def _is_fingerprinted(path: str, url: str) -> bool:
    return bool(FINGERPRINTED.search(url))


def _headers(headers: Headers, path: str, url: str) -> None:
    # The same cache rule browsers and proxies have understood the longest, and the page's own safety headers.
    if _is_fingerprinted(path, url):
        headers["Cache-Control"] = f"public, max-age={A_YEAR}, immutable"
    headers["X-Content-Type-Options"] = "nosniff"
    headers["Referrer-Policy"] = "no-referrer"


def init_app(app: Flask) -> None:
    app.extensions["assets"] = read_manifest()
    app.add_template_global(static_url)
    # Built files are answered before Flask sees the request, from the .br or .gz copy the browser accepts.
    app.wsgi_app = WhiteNoise(
        app.wsgi_app,
        root=DIST,
        prefix=f"{app.static_url_path}/dist/",
        max_age=PLAIN_MAX_AGE,
        allow_all_origins=False,
        immutable_file_test=_is_fingerprinted,
        add_headers_function=_headers,
    )
