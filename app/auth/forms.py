"""The forms for signing in and looking after one's own account."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField, StringField
from wtforms.validators import EqualTo, InputRequired, Length

from app.auth.passwords import MAX_LENGTH, NewPassword


def _email_field() -> EmailField:
    return EmailField(
        _l("Email address"),
        validators=[InputRequired(_l("Enter your email address")), Length(max=254, message=_l("Enter a shorter email address"))],
        filters=[lambda v: v.strip().lower() if v else v],
    )


class SignInForm(FlaskForm):
    email = _email_field()
    password = PasswordField(
        _l("Password"),
        validators=[InputRequired(_l("Enter your password")), Length(max=MAX_LENGTH, message=_l("Enter a shorter password"))],
    )


class CodeForm(FlaskForm):
    code = StringField(
        _l("Code"),
        validators=[
            InputRequired(_l("Enter the 6-digit code from your authenticator app")),
            Length(max=40, message=_l("Enter the 6-digit code from your authenticator app, or a recovery code")),
        ],
        filters=[lambda v: v.strip() if v else v],
    )


class ForgotPasswordForm(FlaskForm):
    email = _email_field()


class NewPasswordForm(FlaskForm):
    password = PasswordField(_l("New password"), validators=[InputRequired(_l("Enter a new password")), NewPassword()])
    confirm = PasswordField(
        _l("Confirm your new password"),
        validators=[InputRequired(_l("Enter your new password again")), EqualTo("password", _l("The passwords do not match"))],
    )


class ChangePasswordForm(NewPasswordForm):
    current = PasswordField(
        _l("Current password"),
        validators=[InputRequired(_l("Enter your current password")), Length(max=MAX_LENGTH, message=_l("Enter a shorter password"))],
    )


def error_list(*fields) -> list[dict]:
    """The error summary's items, in the order the fields appear on the page."""
    return [{"text": field.errors[0], "href": f"#{field.id}"} for field in fields if field.errors]
