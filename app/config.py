"""Configuration classes, chosen by the FLASK_CONFIG variable (default: development)."""

import os
from datetime import timedelta
from pathlib import Path

INSTANCE = Path(__file__).resolve().parent.parent / "instance"


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY", "")
    # A Fernet key (urlsafe base64, 32 bytes) for answers and phone numbers at rest.
    ENCRYPTION_KEY = os.environ.get("ENCRYPTION_KEY", "")
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL") or f"sqlite:///{INSTANCE / 'listen-to-me.sqlite'}"
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True}
    PUBLIC_BASE_URL = os.environ.get("PUBLIC_BASE_URL", "http://127.0.0.1:5000")
    BABEL_DEFAULT_LOCALE = "en"
    BABEL_DEFAULT_TIMEZONE = "Europe/London"
    LANGUAGES = ("en",)
    INVITATION_DAYS = int(os.environ.get("INVITATION_DAYS", "30"))
    IRO_SERVICE_PHONE = os.environ.get("IRO_SERVICE_PHONE", "01234 567890")
    # Where "Exit this page" goes: a neutral site that says nothing about care.
    EXIT_URL = os.environ.get("EXIT_URL", "https://www.bbc.co.uk/weather")
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
    # Texts (README: "Texts through Twilio"). Twilio is used when the account SID and auth token are set.
    TWILIO_ACCOUNT_SID = os.environ.get("TWILIO_ACCOUNT_SID", "")
    TWILIO_AUTH_TOKEN = os.environ.get("TWILIO_AUTH_TOKEN", "")
    TWILIO_MESSAGING_SERVICE_SID = os.environ.get("TWILIO_MESSAGING_SERVICE_SID", "")
    TWILIO_FROM_NUMBER = os.environ.get("TWILIO_FROM_NUMBER", "")
    TWILIO_HTTP_CLIENT = None  # tests give a fake twilio.http.HttpClient here
    # The address Twilio calls and signs, when it differs from PUBLIC_BASE_URL.
    SMS_WEBHOOK_BASE_URL = os.environ.get("SMS_WEBHOOK_BASE_URL") or PUBLIC_BASE_URL
    SMS_MAX_ATTEMPTS = int(os.environ.get("SMS_MAX_ATTEMPTS", "5"))
    SMS_RETRY_SECONDS = float(os.environ.get("SMS_RETRY_SECONDS", "30"))  # doubled after each failed try
    SMS_WORKER_INTERVAL = float(os.environ.get("SMS_WORKER_INTERVAL", "2"))
    SMS_CONVERSATION_DAYS = float(os.environ.get("SMS_CONVERSATION_DAYS", "3"))
    SMS_NUDGE_HOURS = float(os.environ.get("SMS_NUDGE_HOURS", "24"))
    SMS_SIMULATOR = False
    # Email (README: "Email"). With no MAIL_SERVER, emails are printed to the console instead of sent.
    MAIL_SERVER = os.environ.get("MAIL_SERVER", "")
    MAIL_PORT = int(os.environ.get("MAIL_PORT", "587"))
    MAIL_FROM = os.environ.get("MAIL_FROM", "no-reply@localhost")
    MAIL_USERNAME = os.environ.get("MAIL_USERNAME", "")
    MAIL_PASSWORD = os.environ.get("MAIL_PASSWORD", "")
    MAIL_USE_TLS = os.environ.get("MAIL_USE_TLS", "1") not in ("0", "", "false", "no")
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


class DevelopmentConfig(Config):
    DEMO_DATA_ALLOWED = True
    SECRET_KEY = Config.SECRET_KEY or "development-only-secret-key"
    ENCRYPTION_KEY = Config.ENCRYPTION_KEY or "ZGV2ZWxvcG1lbnQtb25seS1rZXktMzItYnl0ZXMhISE="
    SMS_SIMULATOR = True  # /dev/sms: play the phone


class TestConfig(Config):
    TESTING = True
    RATELIMIT_STORAGE_URI = "memory://"  # each test app counts afresh; tests of Redis set their own
    DEMO_DATA_ALLOWED = True
    SECRET_KEY = "test-secret-key"
    ENCRYPTION_KEY = "dGVzdC1vbmx5LWVuY3J5cHRpb24ta2V5LTMyYnl0ZXM="
    # Tests give each app its own SQLite file unless TEST_DATABASE_URL names a PostgreSQL database.
    SQLALCHEMY_DATABASE_URI = os.environ.get("TEST_DATABASE_URL", "sqlite://")
    # Tests never reach Twilio: the ones that use it set these with a fake HTTP client.
    TWILIO_ACCOUNT_SID = TWILIO_AUTH_TOKEN = TWILIO_MESSAGING_SERVICE_SID = TWILIO_FROM_NUMBER = ""
    # Tests never reach a real mail server: the email tests start their own on 127.0.0.1.
    MAIL_SERVER = ""


class ProductionConfig(Config):
    SESSION_COOKIE_SECURE = True
    REMEMBER_COOKIE_SECURE = True


CONFIGS = {
    "development": DevelopmentConfig,
    "test": TestConfig,
    "production": ProductionConfig,
}
