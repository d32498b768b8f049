"""Response headers that keep pages private on a shared phone, and checks on production settings."""

from cryptography.fernet import Fernet
from flask import Flask, Response, current_app
from werkzeug.middleware.proxy_fix import ProxyFix

from app.config import (
    DEVELOPMENT_ENCRYPTION_KEY,
    DEVELOPMENT_PHONE_LOOKUP_KEY,
    DEVELOPMENT_SECRET_KEY,
    TEST_ENCRYPTION_KEY,
    TEST_PHONE_LOOKUP_KEY,
    TEST_SECRET_KEY,
)
from app.crypto import setting_keys

# A year, on this host and every subdomain: browsers never again try plain HTTP, where a link's token could leak.
STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains"
MINIMUM_SECRET_KEY_BYTES = 32
MAKE_A_FERNET_KEY = '`python -c "from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())"`'
MAKE_A_SECRET = '`python -c "import secrets; print(secrets.token_urlsafe(48))"`'

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
    secret_key = config.get("SECRET_KEY") or ""
    problems = []
    if not secret_key:
        problems.append("Set SECRET_KEY in the environment.")
    problems += _encryption_key_problems(config)
    if not config.get("PRODUCTION"):
        return problems
    if secret_key in (DEVELOPMENT_SECRET_KEY, TEST_SECRET_KEY):
        problems.append("SECRET_KEY is the development or test value, which anyone can read in the source.")
    elif secret_key and len(secret_key.encode()) < MINIMUM_SECRET_KEY_BYTES:
        problems.append(f"SECRET_KEY must be at least {MINIMUM_SECRET_KEY_BYTES} bytes long; make one with {MAKE_A_SECRET}.")
    for name, key in _named_keys(config, "ENCRYPTION_KEY"):
        if key in (DEVELOPMENT_ENCRYPTION_KEY, TEST_ENCRYPTION_KEY):
            problems.append(f"{name} is the development or test value, which anyone can read in the source.")
    problems += _phone_lookup_key_problems(config)
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


def _named_keys(config, setting: str) -> list[tuple[str, str]]:
    """Each key a setting gives, named as a person would find it: ENCRYPTION_KEY, or "Key 2 of ENCRYPTION_KEYS"."""
    name, keys = setting_keys(config, setting)
    if name == setting:
        return [(name, key) for key in keys]
    return [(f"Key {number} of {name}", key) for number, key in enumerate(keys, start=1)]


def _encryption_key_problems(config) -> list[str]:
    if (config.get("ENCRYPTION_KEY") or "").strip() and (config.get("ENCRYPTION_KEYS") or "").strip():
        return ["Set ENCRYPTION_KEYS or ENCRYPTION_KEY, not both: ENCRYPTION_KEYS lists every key, newest first."]
    named = _named_keys(config, "ENCRYPTION_KEY")
    if not named:
        return ["Set ENCRYPTION_KEY in the environment. (While keys are rotated, ENCRYPTION_KEYS lists them instead, "
                "comma-separated, newest first.)"]
    return [f"{name} is not a Fernet key (32 bytes in URL-safe base64); make one with {MAKE_A_FERNET_KEY}."
            for name, key in named if not _is_fernet_key(key)]


def _phone_lookup_key_problems(config) -> list[str]:
    """Production's checks on the key that finds a phone number again: its own, long and secret."""
    if (config.get("PHONE_LOOKUP_KEY") or "").strip() and (config.get("PHONE_LOOKUP_KEYS") or "").strip():
        return ["Set PHONE_LOOKUP_KEYS or PHONE_LOOKUP_KEY, not both: PHONE_LOOKUP_KEYS lists every key, newest first."]
    named = _named_keys(config, "PHONE_LOOKUP_KEY")
    if not named:
        return [f"Set PHONE_LOOKUP_KEY in the environment: texts are matched to the numbers they come from by it. "
                f"Make one with {MAKE_A_SECRET}; on upgrading, see docs/keys-and-logs.md."]
    others = {config.get("SECRET_KEY") or "", *setting_keys(config, "ENCRYPTION_KEY")[1]}
    problems = []
    for name, key in named:
        if key in (DEVELOPMENT_PHONE_LOOKUP_KEY, TEST_PHONE_LOOKUP_KEY):
            problems.append(f"{name} is the development or test value, which anyone can read in the source.")
        elif len(key.encode()) < MINIMUM_SECRET_KEY_BYTES:
            problems.append(f"{name} must be at least {MINIMUM_SECRET_KEY_BYTES} bytes long; make one with {MAKE_A_SECRET}.")
        elif key in others:
            problems.append(f"{name} must be a secret of its own, not SECRET_KEY or an encryption key.")
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
