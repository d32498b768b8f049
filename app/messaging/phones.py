"""Phone numbers: parsed as typed in the UK, kept as E.164, found again by a keyed hash under the lookup keys."""

import hashlib
import hmac

import phonenumbers
from flask import current_app
from sqlalchemy import select

from app.crypto import encryption_keys, setting_keys
from app.extensions import db
from app.models import PhoneNumber

MOBILE_TYPES = {phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}
LOOKUP_LABEL = b"listen-to-me phone number lookup"


class NotAMobileNumber(ValueError):
    pass


def parse_mobile(typed: str, region: str = "GB") -> str:
    """The E.164 form of a mobile number typed in any usual way, e.g. 07700 900123 → +447700900123."""
    try:
        parsed = phonenumbers.parse(typed, region)
    except phonenumbers.NumberParseException as error:
        raise NotAMobileNumber(str(error)) from error
    if not phonenumbers.is_valid_number(parsed) or phonenumbers.number_type(parsed) not in MOBILE_TYPES:
        raise NotAMobileNumber(typed)
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def _hash_key(secret: str) -> bytes:
    # Each setting is used through a key of its own, under a label: the same secret never serves two purposes directly.
    return hmac.new(secret.encode(), LOOKUP_LABEL, hashlib.sha256).digest()


def derived_lookup_secrets(config) -> list[str]:
    """What earlier releases keyed the hash with: each encryption key joined to SECRET_KEY (docs/keys-and-logs.md)."""
    return [key + config["SECRET_KEY"] for key in encryption_keys(config)]


def lookup_secrets(config) -> list[str]:
    """The lookup keys, newest first: new numbers are stored under the first; a number is found under any. With
    PHONE_LOOKUP_DERIVED_KEY, the keys earlier releases derived come last, until every number is re-indexed."""
    keys = setting_keys(config, "PHONE_LOOKUP_KEY")[1]
    return keys + derived_lookup_secrets(config) if config.get("PHONE_LOOKUP_DERIVED_KEY") else keys


def hash_under(secret: str, e164: str) -> str:
    return hmac.new(_hash_key(secret), e164.encode(), hashlib.sha256).hexdigest()


def number_hash(e164: str) -> str:
    """The number's hash under the newest lookup key, as it is stored."""
    return hash_under(lookup_secrets(current_app.config)[0], e164)


def find(e164: str) -> PhoneNumber | None:
    hashes = [hash_under(secret, e164) for secret in lookup_secrets(current_app.config)]
    return db.session.scalars(
        select(PhoneNumber).where(PhoneNumber.number_hash.in_(hashes)).order_by(PhoneNumber.id)
    ).first()


def find_or_add(e164: str) -> PhoneNumber:
    phone = find(e164)
    if phone is None:
        phone = PhoneNumber(number=e164, number_hash=number_hash(e164))
        db.session.add(phone)
    return phone
