"""The base of every form: whitespace stripped from what is typed, and the error summary in the order of the page."""

from flask_wtf import FlaskForm
from wtforms import PasswordField, StringField


def strip_whitespace(value):
    return value.strip() if isinstance(value, str) else value


def lowercase(value):
    """For email addresses, which are stored and matched in lower case."""
    return value.lower() if isinstance(value, str) else value


class GovukForm(FlaskForm):
    """A form whose text fields are stripped of surrounding whitespace (passwords are kept exactly as typed)."""

    class Meta:
        def bind_field(self, form, unbound_field, options):
            filters = list(unbound_field.kwargs.get("filters", ()))
            field_class = unbound_field.field_class
            if issubclass(field_class, StringField) and not issubclass(field_class, PasswordField):
                filters.insert(0, strip_whitespace)
            return unbound_field.bind(form=form, filters=filters, **options)

    def error_summary(self) -> list[dict]:
        """govukErrorSummary's items: each field's first error, linked to where it is on the page, in field order."""
        return [
            {"text": field.errors[0], "href": f"#{getattr(field, 'anchor', field.id)}"}
            for field in self
            if field.errors and field.name != "csrf_token"
        ]
