"""Checks shared by every form and command that takes an email address."""

import re

from flask_babel import lazy_gettext as _l
from wtforms.validators import ValidationError

# Something, an @, a domain with a dot in it, and a last part without one: catches typing slips, not every oddity.
PATTERN = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
LONGEST = 254


def is_email(text: str) -> bool:
    """Is this an email address the app can send to (at most 254 characters)?"""
    return len(text) <= LONGEST and PATTERN.fullmatch(text) is not None


class EmailAddress:
    """An email address, when one is given; whether one is needed is for InputRequired to say."""

    def __init__(self, message=_l("Enter an email address in the correct format, like name@example.com")):
        self.message = message

    def __call__(self, form, field) -> None:
        if field.data and not is_email(field.data):
            raise ValidationError(self.message)
