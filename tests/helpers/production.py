"""What a production server is given: strong secrets made for this run, and every council setting it requires."""

import secrets

from cryptography.fernet import Fernet


def production_secrets() -> dict[str, str]:
    """Fresh keys of the strength production checks for (app/security.py)."""
    return {
        "SECRET_KEY": secrets.token_urlsafe(48),
        "ENCRYPTION_KEY": Fernet.generate_key().decode(),
        "PHONE_LOOKUP_KEY": secrets.token_urlsafe(48),
    }


def council_settings(name: str = "Anytown Council") -> dict[str, str]:
    """The council's own details that production will not start without."""
    return {
        "COUNCIL_NAME": name,
        "IRO_SERVICE_PHONE": "01234 567890",
        "CHILDRENS_SERVICES_PHONE": "01234 567000",
        "DATA_PROTECTION_OFFICER_EMAIL": "dpo@example.org",
    }
