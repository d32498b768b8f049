"""The staff sign-in form."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField
from wtforms.validators import InputRequired, Length


class SignInForm(FlaskForm):
    email = EmailField(
        _l("Email address"),
        validators=[InputRequired(_l("Enter your email address")), Length(max=254, message=_l("Enter a shorter email address"))],
        filters=[lambda v: v.strip().lower() if v else v],
    )
    password = PasswordField(
        _l("Password"),
        validators=[InputRequired(_l("Enter your password")), Length(max=200, message=_l("Enter a shorter password"))],
    )
