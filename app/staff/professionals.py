"""Professionals on a child's record (social worker, school, health, advocate): asked for feedback by email after
a review they came to. They are removed as parents and carers are (app/staff/contacts.py)."""

from flask import render_template
from flask_babel import lazy_gettext as _l
from wtforms import StringField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired

from app.auth.access import staff
from app.extensions import db
from app.govuk.fields import GovukRadiosField
from app.govuk.validators import EmailAddress
from app.models import Child, Contact, ProfessionalKind, Respondent
from app.staff import bp
from app.staff.access import CASEWORK, child_or_403
from app.staff.contacts import PersonOnRecordForm, added
from app.staff.labels import PROFESSIONAL_KINDS


class ProfessionalForm(PersonOnRecordForm):
    kind = GovukRadiosField(
        _l("Which professional are they?"),
        choices=[SelectChoice(kind.value, PROFESSIONAL_KINDS[kind]) for kind in ProfessionalKind],
        validators=[InputRequired(_l("Select which professional they are"))],
    )
    email = StringField(_l("Work email address"), validators=[EmailAddress()])


@bp.route("/children/<int:child_id>/professionals/new", methods=["GET", "POST"])
@staff(*CASEWORK)
def add_professional(child_id: int):
    child = child_or_403(db.get_or_404(Child, child_id))
    form = ProfessionalForm()
    if form.validate_on_submit():
        contact = Contact(
            child=child,
            respondent=Respondent.PROFESSIONAL,
            kind=ProfessionalKind(form.kind.data),
            name=form.name.data,
            email=form.email.data or None,
        )
        return added(contact, "professionals")
    errors = form.error_summary()
    return render_template(
        "staff/professional_form.html",
        child=child,
        form=form,
        errors=errors,
        form_has_errors=bool(errors),
    )
