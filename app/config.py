"""Configuration classes, chosen by the FLASK_CONFIG variable (default: production, so that a server started
without it gets the strict settings and the checks in app/security.py, never the development secrets)."""

import logging
import os
from datetime import timedelta
from pathlib import Path

log = logging.getLogger(__name__)

# Made-up numbers for development and tests only (production refuses to start without real ones).
EXAMPLE_IRO_SERVICE_PHONE = "01234 567890"
EXAMPLE_CHILDRENS_SERVICES_PHONE = "01234 567000"
EXAMPLE_COUNCIL_NAME = "Anytown Council"
EXAMPLE_DATA_PROTECTION_OFFICER_EMAIL = "data.protection@anytown.example.org"
INSTANCE = Path(__file__).resolve().parent.parent / "instance"
# DejaVu Sans, from the npm package dejavu-fonts-ttf that `make install` brings (npm ci).
NPM_FONTS = Path(__file__).resolve().parent.parent / "node_modules" / "dejavu-fonts-ttf" / "ttf"

# Secrets anyone can read here: production refuses to start with them (app/security.py).
DEVELOPMENT_SECRET_KEY = "development-only-secret-key"
DEVELOPMENT_ENCRYPTION_KEY = "ZGV2ZWxvcG1lbnQtb25seS1rZXktMzItYnl0ZXMhISE="
TEST_SECRET_KEY = "test-secret-key"
TEST_ENCRYPTION_KEY = "dGVzdC1vbmx5LWVuY3J5cHRpb24ta2V5LTMyYnl0ZXM="
DEVELOPMENT_PHONE_LOOKUP_KEY = "development-only-phone-number-lookup-key"
TEST_PHONE_LOOKUP_KEY = "test-only-phone-number-lookup-key-32-bytes"

# The outbox worker's settings under the names they had when it sent only texts: each new name, and its old one,
# which still works (with a warning) for one release.
RENAMED_SETTINGS = {
    "OUTBOX_MAX_ATTEMPTS": "SMS_MAX_ATTEMPTS",
    "OUTBOX_RETRY_SECONDS": "SMS_RETRY_SECONDS",
    "OUTBOX_POLL_SECONDS": "SMS_WORKER_INTERVAL",
}


class Config:
    PRODUCTION = False
    SECRET_KEY = os.environ.get("SECRET_KEY", "")
    # A Fernet key (urlsafe base64, 32 bytes) for answers and phone numbers at rest; or, while keys are rotated
    # (docs/keys-and-logs.md), ENCRYPTION_KEYS: several, comma-separated, newest first. The newest encrypts, any decrypts.
    ENCRYPTION_KEY = os.environ.get("ENCRYPTION_KEY", "")
    ENCRYPTION_KEYS = os.environ.get("ENCRYPTION_KEYS", "")
    # The key of the keyed hash that finds a phone number again when a text comes in (app/messaging/phones.py); or
    # PHONE_LOOKUP_KEYS, comma-separated, newest first: numbers are found under any, and re-indexed under the newest
    # by `flask keys rotate-lookup`. PHONE_LOOKUP_DERIVED_KEY=1 also finds numbers under the key earlier releases
    # derived from ENCRYPTION_KEY and SECRET_KEY, until they are re-indexed (docs/keys-and-logs.md).
    PHONE_LOOKUP_KEY = os.environ.get("PHONE_LOOKUP_KEY", "")
    PHONE_LOOKUP_KEYS = os.environ.get("PHONE_LOOKUP_KEYS", "")
    PHONE_LOOKUP_DERIVED_KEY = os.environ.get("PHONE_LOOKUP_DERIVED_KEY", "") not in ("0", "", "false", "no")
    # Log lines as JSON, one object a line (production's default), or as text for people (development's).
    LOG_FORMAT = os.environ.get("LOG_FORMAT", "")
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL") or f"sqlite:///{INSTANCE / 'listen-to-me.sqlite'}"
    # hide_parameters: a database error names the statement but never its values (children's names, searches).
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True, "hide_parameters": True}
    PUBLIC_BASE_URL = os.environ.get("PUBLIC_BASE_URL", "http://127.0.0.1:5000")
    BABEL_DEFAULT_LOCALE = "en"
    BABEL_DEFAULT_TIMEZONE = "Europe/London"
    # Every language pages, texts and emails are in (app/languages.py names them); English first, the default.
    LANGUAGES = ("en", "cy", "pl", "ro", "ar", "uk")
    INVITATION_DAYS = int(os.environ.get("INVITATION_DAYS", "30"))
    # How long after a review what was said for it is kept here, once it is in the case record (app/retention), as
    # the privacy notices say.
    RETENTION_MONTHS = int(os.environ.get("RETENTION_MONTHS", "12"))
    # Who texts are from, as the person's phone shows them: the service and the council (never "IRO").
    SERVICE_NAME = os.environ.get("SERVICE_NAME", "Listen to Me")
    COUNCIL_NAME = os.environ.get("COUNCIL_NAME", "")
    # Who the privacy notices and subject access name as the data controller (COUNCIL_NAME when unset), and the
    # address of its data protection officer; production will not start without them (app/security.py).
    DATA_CONTROLLER_NAME = os.environ.get("DATA_CONTROLLER_NAME", "")
    DATA_PROTECTION_OFFICER_EMAIL = os.environ.get("DATA_PROTECTION_OFFICER_EMAIL", "")
    # The IRO service's number (help pages and HELP texts), and the council's children's services (front door)
    # number, given to parents and carers who raise a worry. Production will not start without real ones.
    IRO_SERVICE_PHONE = os.environ.get("IRO_SERVICE_PHONE", "")
    CHILDRENS_SERVICES_PHONE = os.environ.get("CHILDRENS_SERVICES_PHONE", "")
    # Where "Exit this page" goes: a neutral site that says nothing about care.
    EXIT_URL = os.environ.get("EXIT_URL", "https://www.bbc.co.uk/weather")
    # Where the case-record PDF's fonts are (DejaVuSans.ttf and DejaVuSans-Bold.ttf: every letter of every language
    # here, Welsh, Polish and Romanian accents, Cyrillic and Arabic); read as each PDF is made, never downloaded.
    PDF_FONT_DIR = os.environ.get("PDF_FONT_DIR", str(NPM_FONTS))
    MAX_CONTENT_LENGTH = 5 * 1024 * 1024  # an IRO's photo is the largest thing anyone sends
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    REMEMBER_COOKIE_HTTPONLY = True
    # Staff sessions (app/auth/session.py) end after this long idle, or this long in all.
    STAFF_SESSION_IDLE_MINUTES = 30
    STAFF_SESSION_MAX_HOURS = 12
    # The browser forgets the cookie when it closes; the server forgets the session sooner.
    PERMANENT_SESSION_LIFETIME = timedelta(hours=12)
    WTF_CSRF_TIME_LIMIT = None  # a child may take a day over it; the session cookie still bounds it
    # Flask-WTF's HTTPS check wants a same-site Referer, which our Referrer-Policy: no-referrer never sends; behind a
    # TLS load balancer every form would fail. The per-session CSRF token and SameSite cookies still protect forms.
    WTF_CSRF_SSL_STRICT = False
    # Texts (README: "Texts through Twilio"). Twilio is used when the account SID and auth token are set.
    TWILIO_ACCOUNT_SID = os.environ.get("TWILIO_ACCOUNT_SID", "")
    TWILIO_AUTH_TOKEN = os.environ.get("TWILIO_AUTH_TOKEN", "")
    TWILIO_MESSAGING_SERVICE_SID = os.environ.get("TWILIO_MESSAGING_SERVICE_SID", "")
    TWILIO_FROM_NUMBER = os.environ.get("TWILIO_FROM_NUMBER", "")
    TWILIO_HTTP_CLIENT = None  # tests give a fake twilio.http.HttpClient here
    # For local fakes only (a test's stand-in for Twilio on 127.0.0.1): Twilio's API requests go to this address
    # instead of https://api.twilio.com. Unset everywhere else; production refuses to start with it set.
    TWILIO_API_BASE_URL = os.environ.get("TWILIO_API_BASE_URL", "")
    # The address Twilio calls and signs, when it differs from PUBLIC_BASE_URL.
    SMS_WEBHOOK_BASE_URL = os.environ.get("SMS_WEBHOOK_BASE_URL") or PUBLIC_BASE_URL
    SMS_CONVERSATION_DAYS = float(os.environ.get("SMS_CONVERSATION_DAYS", "3"))
    SMS_NUDGE_HOURS = float(os.environ.get("SMS_NUDGE_HOURS", "24"))
    SMS_SIMULATOR = False
    # The outbox worker (`flask outbox worker`), for texts and emails alike: how often a message is tried, the wait
    # before the first retry (doubled after each failed try), and how long an idle worker waits before looking again.
    OUTBOX_MAX_ATTEMPTS = int(os.environ.get("OUTBOX_MAX_ATTEMPTS", "5"))
    OUTBOX_RETRY_SECONDS = float(os.environ.get("OUTBOX_RETRY_SECONDS", "30"))
    OUTBOX_POLL_SECONDS = float(os.environ.get("OUTBOX_POLL_SECONDS", "2"))
    # Email (README: "Email"). With no MAIL_SERVER, emails are printed to the console instead of sent.
    MAIL_SERVER = os.environ.get("MAIL_SERVER", "")
    MAIL_PORT = int(os.environ.get("MAIL_PORT", "587"))
    MAIL_FROM = os.environ.get("MAIL_FROM", "no-reply@localhost")
    MAIL_USERNAME = os.environ.get("MAIL_USERNAME", "")
    MAIL_PASSWORD = os.environ.get("MAIL_PASSWORD", "")
    MAIL_USE_TLS = os.environ.get("MAIL_USE_TLS", "1") not in ("0", "", "false", "no")
    # Urgent flags (docs/safeguarding.md): acknowledged within this much working time, or every manager is told;
    # still not acknowledged after the further period, or when working hours end, the out-of-hours contact is told.
    WORKING_HOURS = os.environ.get("WORKING_HOURS", "09:00-17:00")  # local time, BABEL_DEFAULT_TIMEZONE
    WORKING_DAYS = os.environ.get("WORKING_DAYS", "Mon,Tue,Wed,Thu,Fri")  # England's bank holidays never count
    URGENT_ACKNOWLEDGE_WORKING_HOURS = float(os.environ.get("URGENT_ACKNOWLEDGE_WORKING_HOURS", "1"))
    URGENT_OUT_OF_HOURS_AFTER_WORKING_HOURS = float(os.environ.get("URGENT_OUT_OF_HOURS_AFTER_WORKING_HOURS", "1"))
    # The local authority's emergency duty team: told of an urgent flag raised out of hours at once.
    OUT_OF_HOURS_EMAIL = os.environ.get("OUT_OF_HOURS_EMAIL", "")
    OUT_OF_HOURS_PHONE = os.environ.get("OUT_OF_HOURS_PHONE", "")
    # Limits on guessing (app/limits.py): counted in Redis when REDIS_URL is set, else in memory; fail open.
    REDIS_URL = os.environ.get("REDIS_URL", "")
    RATELIMIT_STORAGE_URI = REDIS_URL or "memory://"
    RATELIMIT_SWALLOW_ERRORS = True
    RATELIMIT_HEADERS_ENABLED = True
    SIGN_IN_LIMIT_PER_ADDRESS = "30 per 15 minutes"
    SIGN_IN_LIMIT_PER_ACCOUNT = "15 per 15 minutes"  # the account locks at 10 wrong in a row anyway
    TWO_FACTOR_LIMIT_PER_ADDRESS = "30 per 15 minutes"
    TWO_FACTOR_LIMIT_PER_ACCOUNT = "15 per 15 minutes"
    RESET_LIMIT_PER_ADDRESS = "10 per hour"
    RESET_LIMIT_PER_ACCOUNT = "5 per hour"
    # The name authenticator apps show beside the six-digit code.
    TOTP_ISSUER = os.environ.get("TOTP_ISSUER", "Listen to Me")
    # How often one address may try a code from a printed letter on the start page (POST /code).
    LETTER_CODE_LIMIT = "10 per 10 minutes"
    # Behind a load balancer or reverse proxy: how many proxies in front of the app set X-Forwarded-For and
    # X-Forwarded-Proto. Then the audit trail and the limits on guessing see the person's own address. Leave it 0
    # when the app is reached directly, or anyone could claim any address by sending the header themselves.
    TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))


class DevelopmentConfig(Config):
    DEMO_DATA_ALLOWED = True
    SECRET_KEY = Config.SECRET_KEY or DEVELOPMENT_SECRET_KEY
    ENCRYPTION_KEY = Config.ENCRYPTION_KEY or ("" if Config.ENCRYPTION_KEYS else DEVELOPMENT_ENCRYPTION_KEY)
    PHONE_LOOKUP_KEY = Config.PHONE_LOOKUP_KEY or ("" if Config.PHONE_LOOKUP_KEYS else DEVELOPMENT_PHONE_LOOKUP_KEY)
    LOG_FORMAT = Config.LOG_FORMAT or "text"
    SMS_SIMULATOR = True  # /dev/sms: play the phone
    IRO_SERVICE_PHONE = Config.IRO_SERVICE_PHONE or EXAMPLE_IRO_SERVICE_PHONE
    COUNCIL_NAME = Config.COUNCIL_NAME or EXAMPLE_COUNCIL_NAME
    CHILDRENS_SERVICES_PHONE = Config.CHILDRENS_SERVICES_PHONE or EXAMPLE_CHILDRENS_SERVICES_PHONE
    DATA_PROTECTION_OFFICER_EMAIL = Config.DATA_PROTECTION_OFFICER_EMAIL or EXAMPLE_DATA_PROTECTION_OFFICER_EMAIL


class TestConfig(Config):
    TESTING = True
    RATELIMIT_STORAGE_URI = "memory://"  # each test app counts afresh; tests of Redis set their own
    IRO_SERVICE_PHONE = EXAMPLE_IRO_SERVICE_PHONE
    CHILDRENS_SERVICES_PHONE = EXAMPLE_CHILDRENS_SERVICES_PHONE
    COUNCIL_NAME = EXAMPLE_COUNCIL_NAME
    DATA_CONTROLLER_NAME = ""
    DATA_PROTECTION_OFFICER_EMAIL = EXAMPLE_DATA_PROTECTION_OFFICER_EMAIL
    RETENTION_MONTHS = 12
    DEMO_DATA_ALLOWED = True
    SECRET_KEY = TEST_SECRET_KEY
    ENCRYPTION_KEY = TEST_ENCRYPTION_KEY
    PHONE_LOOKUP_KEY = TEST_PHONE_LOOKUP_KEY
    ENCRYPTION_KEYS = PHONE_LOOKUP_KEYS = ""
    PHONE_LOOKUP_DERIVED_KEY = False
    LOG_FORMAT = "text"
    # Tests give each app its own SQLite file unless TEST_DATABASE_URL names a PostgreSQL database.
    SQLALCHEMY_DATABASE_URI = os.environ.get("TEST_DATABASE_URL", "sqlite://")
    # Tests never reach Twilio: the ones that use it set these with a fake HTTP client.
    TWILIO_ACCOUNT_SID = TWILIO_AUTH_TOKEN = TWILIO_MESSAGING_SERVICE_SID = TWILIO_FROM_NUMBER = ""
    # Tests never reach a real mail server: the email tests start their own on 127.0.0.1.
    MAIL_SERVER = ""
    # The tests of escalation name their own out-of-hours contact.
    OUT_OF_HOURS_EMAIL = OUT_OF_HOURS_PHONE = ""


class ProductionConfig(Config):
    PRODUCTION = True  # refuse unsafe settings at start-up, and send HSTS (app/security.py)
    SESSION_COOKIE_SECURE = True
    REMEMBER_COOKIE_SECURE = True
    LOG_FORMAT = Config.LOG_FORMAT or "json"


def adopt_renamed_settings(config) -> None:
    """Use each outbox setting given under its old name, with a warning: in the app's settings (e.g. create_app's
    overrides), or in the environment when its new name is not there too."""
    for name, old in RENAMED_SETTINGS.items():
        if old in config:
            value = config.pop(old)
        elif old in os.environ and name not in os.environ:
            value = os.environ[old]
        else:
            continue
        log.warning("%s is deprecated and will be removed: set %s instead", old, name)
        config[name] = type(config[name])(value)


CONFIGS = {
    "development": DevelopmentConfig,
    "test": TestConfig,
    "production": ProductionConfig,
}
