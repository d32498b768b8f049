"""Staff passwords: hashed with Argon2id, at least 12 characters, and not one of the most common passwords.

As the NCSC advises, there are no rules about kinds of character: length and a deny-list do more good.
"""

import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from flask_babel import lazy_gettext as _l
from wtforms.validators import ValidationError
from zxcvbn.frequency_lists import FREQUENCY_LISTS

from app.models.time import utcnow
from app.numbers import lazy_number

MIN_LENGTH = 12
MAX_LENGTH = 200
# The 30,000 most common passwords, as published with zxcvbn.
_COMMON = frozenset(FREQUENCY_LISTS["passwords"])

_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def set_password(member, password: str) -> None:
    """The person's own new password, hashed; the caller commits."""
    member.password_hash = hash_password(password)
    member.password_set_at = utcnow()


def unusable_password_hash() -> str:
    """For an invited account: a password nobody knows, until the person sets their own from the invitation."""
    return hash_password(secrets.token_urlsafe(32))


def check_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, InvalidHashError):
        return False


def is_common(password: str) -> bool:
    squashed = "".join(password.lower().split())
    return squashed in _COMMON or password.lower() in _COMMON


class NewPassword:
    """A WTForms validator for a password someone chooses."""

    def __call__(self, form, field) -> None:
        password = field.data or ""
        if len(password) < MIN_LENGTH:
            raise ValidationError(_l("Your password must be at least %(min)s characters long", min=lazy_number(MIN_LENGTH)))
        if len(password) > MAX_LENGTH:
            raise ValidationError(_l("Your password must be %(max)s characters or fewer", max=lazy_number(MAX_LENGTH)))
        if is_common(password):
            raise ValidationError(_l("This is one of the most common passwords: choose a password that is harder to guess"))
        if len(set(password)) < 4:
            raise ValidationError(_l("Choose a password that is harder to guess: use more different characters"))
