"""Production is the default, and it will not start with settings that would put children's data at risk."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, IntegrityError

from app import create_app
from app.config import (
    DEVELOPMENT_ENCRYPTION_KEY,
    DEVELOPMENT_PHONE_LOOKUP_KEY,
    DEVELOPMENT_SECRET_KEY,
    TEST_ENCRYPTION_KEY,
    TEST_PHONE_LOOKUP_KEY,
    TEST_SECRET_KEY,
)
from app.extensions import db
from app.models import Role, StaffMember
from app.security import UnsafeConfiguration
from tests.factories import create_staff

ROOT = Path(__file__).resolve().parent.parent
SAFE = {
    "SECRET_KEY": "a-production-secret-key-of-more-than-32-bytes",
    "ENCRYPTION_KEY": Fernet.generate_key().decode(),
    "PHONE_LOOKUP_KEY": "a-phone-number-lookup-key-of-more-than-32-bytes",
    "PUBLIC_BASE_URL": "https://listen.example.org",
    "IRO_SERVICE_PHONE": "01632 960 100",
    "CHILDRENS_SERVICES_PHONE": "01632 960 200",
    "COUNCIL_NAME": "Anytown Council",
    "DATA_PROTECTION_OFFICER_EMAIL": "dpo@anytown.example.org",
}


def production(tmp_path, **settings):
    return create_app("production", **{**SAFE, "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path}/prod.sqlite", **settings})


def test_without_flask_config_the_app_is_production(tmp_path, monkeypatch):
    monkeypatch.delenv("FLASK_CONFIG", raising=False)
    app = create_app(**SAFE, SQLALCHEMY_DATABASE_URI=f"sqlite:///{tmp_path}/prod.sqlite")
    assert app.config["PRODUCTION"] and app.config["SESSION_COOKIE_SECURE"]
    monkeypatch.setenv("FLASK_CONFIG", "test")
    assert create_app().config["TESTING"] and not create_app().config["PRODUCTION"]


def test_the_wsgi_entry_point_refuses_to_start_without_secrets():
    """As gunicorn would start it on a server where nobody set anything."""
    environment = {k: v for k, v in os.environ.items() if k not in ("FLASK_CONFIG", "SECRET_KEY", "ENCRYPTION_KEY", "PUBLIC_BASE_URL")}
    result = subprocess.run([sys.executable, "-c", "import wsgi"], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    last_line = result.stderr.strip().splitlines()[-1]
    assert "UnsafeConfiguration: Listen to Me will not start" in last_line
    assert "Set SECRET_KEY" in last_line and "Set ENCRYPTION_KEY" in last_line and "PUBLIC_BASE_URL" in last_line


@pytest.mark.parametrize(
    ("setting", "value", "message"),
    [
        ("SECRET_KEY", "", "Set SECRET_KEY in the environment."),
        ("SECRET_KEY", DEVELOPMENT_SECRET_KEY, "SECRET_KEY is the development or test value"),
        ("SECRET_KEY", TEST_SECRET_KEY, "SECRET_KEY is the development or test value"),
        ("SECRET_KEY", "x" * 31, "SECRET_KEY must be at least 32 bytes long"),
        ("ENCRYPTION_KEY", "", "Set ENCRYPTION_KEY in the environment."),
        ("ENCRYPTION_KEY", DEVELOPMENT_ENCRYPTION_KEY, "ENCRYPTION_KEY is the development or test value"),
        ("ENCRYPTION_KEY", TEST_ENCRYPTION_KEY, "ENCRYPTION_KEY is the development or test value"),
        ("ENCRYPTION_KEY", "not-a-fernet-key", "ENCRYPTION_KEY is not a Fernet key"),
        ("ENCRYPTION_KEY", "c2hvcnQ=", "ENCRYPTION_KEY is not a Fernet key"),
        ("PUBLIC_BASE_URL", "http://127.0.0.1:5000", "PUBLIC_BASE_URL must be the public https:// address"),
        ("IRO_SERVICE_PHONE", "", "Set IRO_SERVICE_PHONE"),
        ("CHILDRENS_SERVICES_PHONE", " ", "Set CHILDRENS_SERVICES_PHONE"),
        ("COUNCIL_NAME", "", "Set COUNCIL_NAME"),
        ("TWILIO_API_BASE_URL", "http://127.0.0.1:8080", "Unset TWILIO_API_BASE_URL"),
    ],
)
def test_production_refuses_unsafe_settings_naming_the_variable(tmp_path, setting, value, message):
    with pytest.raises(UnsafeConfiguration, match="Listen to Me will not start") as refused:
        production(tmp_path, **{setting: value})
    assert message in str(refused.value)


def test_a_secret_key_of_32_bytes_is_enough(tmp_path):
    assert production(tmp_path, SECRET_KEY="é" * 16).config["PRODUCTION"]  # 16 characters, 32 bytes


def test_strict_transport_security_is_sent_in_production_only(app, tmp_path):
    response = production(tmp_path).test_client().get("/")
    assert response.status_code == 200
    assert response.headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
    assert "Strict-Transport-Security" not in app.test_client().get("/").headers


def test_a_database_error_never_carries_the_values_it_was_given(app, caplog):
    """A failed statement is logged and reported with its SQL, but never the values sent with it: a child's name, a
    search term. (On a unique key PostgreSQL itself repeats the key's value; the other values stay hidden.)"""
    with pytest.raises(DBAPIError) as failed:
        db.session.execute(text("SELECT id FROM child WHERE no_such_column = :name"), {"name": "Persephone Quillfeather"})
    db.session.rollback()
    member = create_staff()
    db.session.add(StaffMember(email=member.email, name="Persephone Quillfeather", role=Role.IRO, password_hash="x"))
    with pytest.raises(IntegrityError) as duplicate:
        db.session.commit()
    db.session.rollback()
    for error in (failed.value, duplicate.value):
        assert "SQL parameters hidden" in str(error)
        assert "Persephone" not in str(error)
    assert "no_such_column" in str(failed.value) and "INSERT INTO staff_member" in str(duplicate.value)
    assert "Persephone" not in caplog.text


def test_forms_work_when_the_site_is_served_over_https(tmp_path):
    """Browsers send no Referer (our Referrer-Policy), so a form posted over HTTPS must not need one."""
    from tests.conftest import Browser, app_on_a_fresh_database, sign_in

    # The test client builds its requests with the preferred scheme.
    with app_on_a_fresh_database(tmp_path, SESSION_COOKIE_SECURE=True, PREFERRED_URL_SCHEME="https") as app:
        member = create_staff(role=Role.IRO)
        db.session.commit()
        browser = Browser(app.test_client())
        sign_in(browser, member)
        assert browser.response.request.scheme == "https"
        assert browser.h1 == "Caseload", browser.text()[:300]


NEW_KEY, OLD_KEY = Fernet.generate_key().decode(), Fernet.generate_key().decode()


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"PHONE_LOOKUP_KEY": ""}, "Set PHONE_LOOKUP_KEY in the environment"),
        ({"PHONE_LOOKUP_KEY": DEVELOPMENT_PHONE_LOOKUP_KEY}, "PHONE_LOOKUP_KEY is the development or test value"),
        ({"PHONE_LOOKUP_KEY": TEST_PHONE_LOOKUP_KEY}, "PHONE_LOOKUP_KEY is the development or test value"),
        ({"PHONE_LOOKUP_KEY": "x" * 31}, "PHONE_LOOKUP_KEY must be at least 32 bytes long"),
        ({"PHONE_LOOKUP_KEY": SAFE["SECRET_KEY"]}, "PHONE_LOOKUP_KEY must be a secret of its own"),
        ({"PHONE_LOOKUP_KEY": "", "PHONE_LOOKUP_KEYS": f"{'n' * 32},{TEST_PHONE_LOOKUP_KEY}"},
         "Key 2 of PHONE_LOOKUP_KEYS is the development or test value"),
        ({"PHONE_LOOKUP_KEYS": "n" * 32}, "Set PHONE_LOOKUP_KEYS or PHONE_LOOKUP_KEY, not both"),
        ({"ENCRYPTION_KEY": "", "ENCRYPTION_KEYS": f"{NEW_KEY},not-a-fernet-key"}, "Key 2 of ENCRYPTION_KEYS is not a Fernet key"),
        ({"ENCRYPTION_KEY": "", "ENCRYPTION_KEYS": f"{TEST_ENCRYPTION_KEY},{OLD_KEY}"},
         "Key 1 of ENCRYPTION_KEYS is the development or test value"),
        ({"ENCRYPTION_KEYS": f"{NEW_KEY},{OLD_KEY}"}, "Set ENCRYPTION_KEYS or ENCRYPTION_KEY, not both"),
        ({"ENCRYPTION_KEY": "", "ENCRYPTION_KEYS": " , "}, "Set ENCRYPTION_KEY in the environment."),
    ],
)
def test_production_refuses_a_missing_weak_or_public_key_in_a_list(tmp_path, settings, message):
    with pytest.raises(UnsafeConfiguration, match="Listen to Me will not start") as refused:
        production(tmp_path, **settings)
    assert message in str(refused.value)


def test_production_starts_with_lists_of_keys_newest_first(tmp_path):
    app = production(tmp_path, ENCRYPTION_KEY="", ENCRYPTION_KEYS=f"{NEW_KEY}, {OLD_KEY}", PHONE_LOOKUP_KEY="",
                     PHONE_LOOKUP_KEYS=f"{'n' * 32},{'o' * 32}")
    assert Fernet(NEW_KEY.encode()).decrypt(app.extensions["fernet"].encrypt(b"written with the newest")) == b"written with the newest"
    assert app.extensions["fernet"].decrypt(Fernet(OLD_KEY.encode()).encrypt(b"read with any")) == b"read with any"
