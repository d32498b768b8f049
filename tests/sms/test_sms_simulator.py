"""The development SMS simulator exists only in development."""

from cryptography.fernet import Fernet

from app import create_app
from app.extensions import db
from tests.conftest import Browser, IsolatedClient
from tests.factories import create_child, create_staff
from tests.helpers.phones import invite_by_text


def _rules(app) -> set[str]:
    return {rule.rule for rule in app.url_map.iter_rules()}


def test_there_is_no_simulator_in_test_or_production(app):
    assert not any(rule.startswith("/dev/") for rule in _rules(app))
    production = create_app("production", SECRET_KEY="x" * 32, ENCRYPTION_KEY=Fernet.generate_key().decode(), PHONE_LOOKUP_KEY="y" * 32,
                            PUBLIC_BASE_URL="https://ltm.example.org",
                            IRO_SERVICE_PHONE="01632 960 100", CHILDRENS_SERVICES_PHONE="01632 960 200", COUNCIL_NAME="Anytown Council",
                            DATA_PROTECTION_OFFICER_EMAIL="dpo@anytown.example.org")
    assert not any(rule.startswith("/dev/") for rule in _rules(production))
    assert app.test_client().get("/dev/sms/").status_code == 404
    assert production.test_client().get("/dev/sms/").status_code == 404


def test_in_development_a_person_can_play_the_phone(tmp_path):
    app = create_app("development", SQLALCHEMY_DATABASE_URI=f"sqlite:///{tmp_path}/dev.sqlite")
    app.test_client_class = IsolatedClient
    with app.app_context():
        db.create_all()
        invite_by_text(create_child(iro=create_staff()))
        phone = Browser(app.test_client())
        phone.get("/dev/sms/")
        phone.follow("+447911123456")
        assert "Listen to Me from Anytown Council: you have a message" in phone.text()
        phone.submit({"number": "+447911123456", "body": "yes"})
        assert "1 of about 16: Can your IRO share what you say at your review?" in phone.text()
        phone.submit({"number": "+447911000000", "body": "hello"})
        assert "we cannot answer messages from this number" in phone.text()
        db.drop_all()
