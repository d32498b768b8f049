"""The form a manager fills in for a subject access request: whose data, and the request's reference."""

from flask_babel import LazyString
from flask_babel import lazy_gettext as _l
from wtforms import StringField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, InputRequired, Length

from app.govuk.fields import GovukRadiosField
from app.govuk.forms import GovukForm
from app.models import Child, Contact, Respondent
from app.numbers import lazy_number

CHILD = "child"
REFERENCE_LIMIT = 60

ROLE_NAMES = {
    Respondent.PARENT: _l("parent"),
    Respondent.CARER: _l("carer"),
    Respondent.PROFESSIONAL: _l("professional"),
}


def person_value(contact: Contact) -> str:
    return f"contact-{contact.id}"


class SubjectAccessForm(GovukForm):
    person = GovukRadiosField(
        _l("Whose information is this request for?"),
        validators=[InputRequired(_l("Select whose information the request is for"))],
    )
    reference = StringField(
        _l("Reference of the request"),
        validators=[
            DataRequired(_l("Enter the reference of the request")),
            Length(max=REFERENCE_LIMIT, message=_l("The reference must be %(max)s characters or fewer", max=lazy_number(REFERENCE_LIMIT))),
        ],
    )

    def __init__(self, child: Child, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.child = child
        self.person.choices = [SelectChoice(CHILD, _l("%(name)s (the child)", name=child.full_name))] + [
            SelectChoice(person_value(contact), _label(contact)) for contact in child.contacts
        ]

    def chosen_contact(self) -> Contact | None:
        """The adult chosen, or None for the child."""
        return next((c for c in self.child.contacts if person_value(c) == self.person.data), None)


def _label(contact: Contact) -> LazyString:
    role = ROLE_NAMES[contact.respondent]
    if contact.active:
        return _l("%(name)s, %(role)s", name=contact.name, role=role)
    return _l("%(name)s, %(role)s (taken off the record)", name=contact.name, role=role)
