"""The forms for signing in and looking after one's own account."""

from flask_babel import lazy_gettext as _l
from wtforms import EmailField, PasswordField, StringField
from wtforms.validators import EqualTo, InputRequired, Length

from app import languages
from app.auth.passwords import MAX_LENGTH, NewPassword
from app.govuk.fields import GovukRadiosField
from app.govuk.forms import GovukForm, lowercase


def _email_field() -> EmailField:
    return EmailField(
        _l("Email address"),
        validators=[InputRequired(_l("Enter your email address")), Length(max=254, message=_l("Enter a shorter email address"))],
        filters=[lowercase],
    )


def _password_field(label, required) -> PasswordField:
    return PasswordField(label, validators=[InputRequired(required), Length(max=MAX_LENGTH, message=_l("Enter a shorter password"))])


def _new_password_field() -> PasswordField:
    return PasswordField(_l("New password"), validators=[InputRequired(_l("Enter a new password")), NewPassword()])


def _confirm_field() -> PasswordField:
    return PasswordField(
        _l("Confirm your new password"),
        validators=[InputRequired(_l("Enter your new password again")), EqualTo("password", _l("The passwords do not match"))],
    )


class SignInForm(GovukForm):
    email = _email_field()
    password = _password_field(_l("Password"), _l("Enter your password"))


class CodeForm(GovukForm):
    code = StringField(
        _l("Code"),
        validators=[
            InputRequired(_l("Enter the 6-digit code from your authenticator app")),
            Length(max=40, message=_l("Enter the 6-digit code from your authenticator app, or a recovery code")),
        ],
    )


class ForgotPasswordForm(GovukForm):
    email = _email_field()


class NewPasswordForm(GovukForm):
    password = _new_password_field()
    confirm = _confirm_field()


class ChangePasswordForm(GovukForm):
    """Fields in the order of the page, which the error summary follows."""

    current = _password_field(_l("Current password"), _l("Enter your current password"))
    password = _new_password_field()
    confirm = _confirm_field()


class LanguageForm(GovukForm):
    language = GovukRadiosField(_l("Which language do you want to use?"), validators=[InputRequired(_l("Select a language"))])

    def __init__(self, reader: str, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.language.choices = languages.choices(reader)
