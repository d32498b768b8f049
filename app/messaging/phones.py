"""Phone numbers: parsed as typed in the UK, kept as E.164, found again by a keyed hash."""

import hashlib
import hmac

import phonenumbers
from flask import current_app
from sqlalchemy import select

from app.extensions import db
from app.models import PhoneNumber

MOBILE_TYPES = {phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}


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


def _hash_key() -> bytes:
    # Derived, not reused: the same secret never serves two purposes directly.
    secret = (current_app.config["ENCRYPTION_KEY"] + current_app.config["SECRET_KEY"]).encode()
    return hmac.new(secret, b"listen-to-me phone number lookup", hashlib.sha256).digest()


def number_hash(e164: str) -> str:
    return hmac.new(_hash_key(), e164.encode(), hashlib.sha256).hexdigest()


def find(e164: str) -> PhoneNumber | None:
    return db.session.scalar(select(PhoneNumber).where(PhoneNumber.number_hash == number_hash(e164)))


def find_or_add(e164: str) -> PhoneNumber:
    phone = find(e164)
    if phone is None:
        phone = PhoneNumber(number=e164, number_hash=number_hash(e164))
        db.session.add(phone)
    return phone
