"""A mobile number typed by staff: checked where it is typed, and kept on the field as E.164."""

from flask_babel import lazy_gettext as _l
from wtforms.validators import ValidationError

from app.messaging import phones

NOT_A_MOBILE = _l("Enter a UK mobile number, like 07700 900 982, or an international one starting with +")


def mobile_number(form, field) -> None:
    """A WTForms validator setting `field.e164`; an empty box passes (add InputRequired where one is needed)."""
    field.e164 = None
    if field.data:
        try:
            field.e164 = phones.parse_mobile(field.data)
        except phones.NotAMobileNumber:
            raise ValidationError(NOT_A_MOBILE)
