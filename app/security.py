"""Response headers that keep pages private on a shared phone, and checks on production settings."""

from flask import Flask, Response

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)


def check_config(app: Flask) -> None:
    """Refuse to start without the secrets production needs."""
    missing = [key for key in ("SECRET_KEY", "ENCRYPTION_KEY") if not app.config.get(key)]
    if missing:
        raise RuntimeError(f"Set {', '.join(missing)} in the environment before starting Listen to Me.")


def _headers(response: Response) -> Response:
    response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    response.headers["X-Content-Type-Options"] = "nosniff"
    # Links carry a secret token: never pass it on to another site.
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Permissions-Policy"] = "geolocation=(), camera=(), microphone=()"
    if response.mimetype == "text/html":
        # Someone else may pick up the phone later: keep no copy of the pages.
        response.headers["Cache-Control"] = "no-store"
    return response


def init_app(app: Flask) -> None:
    app.after_request(_headers)
