"""Response headers that keep pages private on a shared phone, and checks on production settings."""

from cryptography.fernet import Fernet
from flask import Flask, Response, current_app
from werkzeug.middleware.proxy_fix import ProxyFix

from app.config import DEVELOPMENT_ENCRYPTION_KEY, DEVELOPMENT_SECRET_KEY, TEST_ENCRYPTION_KEY, TEST_SECRET_KEY

# A year, on this host and every subdomain: browsers never again try plain HTTP, where a link's token could leak.
STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains"
MINIMUM_SECRET_KEY_BYTES = 32

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


class UnsafeConfiguration(RuntimeError):
    """A setting that would put children's data at risk: the app does not start until it is put right."""


def check_config(app: Flask) -> None:
    """Refuse to start without the secrets the app needs, and in production with any secret that is weak or public."""
    problems = config_problems(app.config)
    if problems:
        raise UnsafeConfiguration("Listen to Me will not start: " + " ".join(problems))


def config_problems(config) -> list[str]:
    """What is wrong with these settings, each naming its variable; empty when they are safe to start with."""
    secret_key, encryption_key = config.get("SECRET_KEY") or "", config.get("ENCRYPTION_KEY") or ""
    problems = []
    if not secret_key:
        problems.append("Set SECRET_KEY in the environment.")
    if not encryption_key:
        problems.append("Set ENCRYPTION_KEY in the environment.")
    elif not _is_fernet_key(encryption_key):
        problems.append("ENCRYPTION_KEY is not a Fernet key (32 bytes in URL-safe base64); make one with "
                        '`python -c "from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())"`.')
    if not config.get("PRODUCTION"):
        return problems
    if secret_key in (DEVELOPMENT_SECRET_KEY, TEST_SECRET_KEY):
        problems.append("SECRET_KEY is the development or test value, which anyone can read in the source.")
    elif secret_key and len(secret_key.encode()) < MINIMUM_SECRET_KEY_BYTES:
        problems.append(f"SECRET_KEY must be at least {MINIMUM_SECRET_KEY_BYTES} bytes long; make one with "
                        '`python -c "import secrets; print(secrets.token_urlsafe(48))"`.')
    if encryption_key in (DEVELOPMENT_ENCRYPTION_KEY, TEST_ENCRYPTION_KEY):
        problems.append("ENCRYPTION_KEY is the development or test value, which anyone can read in the source.")
    if not (config.get("COUNCIL_NAME") or "").strip():
        problems.append("Set COUNCIL_NAME: every text says who it is from, as the service and the council.")
    if not (config.get("DATA_CONTROLLER_NAME") or config.get("COUNCIL_NAME") or "").strip():
        problems.append("Set DATA_CONTROLLER_NAME (or COUNCIL_NAME): the privacy notices name the data controller.")
    if "@" not in (config.get("DATA_PROTECTION_OFFICER_EMAIL") or ""):
        problems.append("Set DATA_PROTECTION_OFFICER_EMAIL: the privacy notices tell people how to reach the data "
                        "protection officer.")
    for phone in ("IRO_SERVICE_PHONE", "CHILDRENS_SERVICES_PHONE"):
        if not (config.get(phone) or "").strip():
            problems.append(f"Set {phone}: help pages and HELP texts give it to children and families who need help.")
    if config.get("TWILIO_API_BASE_URL"):
        problems.append("Unset TWILIO_API_BASE_URL: it is for local stand-ins for Twilio, and would send texts and "
                        "the Twilio auth token somewhere other than Twilio.")
    if not (config.get("PUBLIC_BASE_URL") or "").startswith("https://"):
        problems.append("PUBLIC_BASE_URL must be the public https:// address: every link in a text, email or letter "
                        "starts with it, and carries a child's token.")
    return problems


def _is_fernet_key(key: str) -> bool:
    try:
        Fernet(key.encode())
    except (ValueError, TypeError):
        return False
    return True


def _headers(response: Response) -> Response:
    response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    response.headers["X-Content-Type-Options"] = "nosniff"
    # Links carry a secret token: never pass it on to another site.
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Permissions-Policy"] = "geolocation=(), camera=(), microphone=()"
    if current_app.config["PRODUCTION"]:
        response.headers["Strict-Transport-Security"] = STRICT_TRANSPORT_SECURITY
    if response.mimetype == "text/html":
        # Someone else may pick up the phone later: keep no copy of the pages.
        response.headers["Cache-Control"] = "no-store"
    return response


def init_app(app: Flask) -> None:
    app.after_request(_headers)
    proxies = app.config["TRUSTED_PROXY_COUNT"]
    if proxies:
        # The address and scheme the person used, as the trusted proxies saw them (README: TRUSTED_PROXY_COUNT).
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=proxies, x_proto=proxies)
