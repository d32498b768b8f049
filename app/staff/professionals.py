"""Professionals on a child's record (social worker, school, health, advocate): asked for feedback by email after
a review they came to. They are removed as parents and carers are (app/staff/contacts.py)."""

from flask import flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import RadioField, StringField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, InputRequired, Length

from app import audit
from app.auth.access import staff
from app.extensions import db
from app.models import Child, Contact, ProfessionalKind, Respondent
from app.staff import bp
from app.staff.access import CASEWORK, child_or_403
from app.staff.contacts import NAME_LIMIT, _optional_email, _strip
from app.staff.labels import PROFESSIONAL_KINDS


class ProfessionalForm(FlaskForm):
    name = StringField(
        _l("Full name"),
        validators=[
            DataRequired(_l("Enter their full name")),
            Length(max=NAME_LIMIT, message=_l("Their name must be %(max)s characters or fewer", max=NAME_LIMIT)),
        ],
        filters=[_strip],
    )
    kind = RadioField(
        _l("Which professional are they?"),
        choices=[SelectChoice(kind.value, PROFESSIONAL_KINDS[kind]) for kind in ProfessionalKind],
        validators=[InputRequired(_l("Select which professional they are"))],
    )
    email = StringField(_l("Work email address"), validators=[_optional_email], filters=[_strip])

    def errors_for_summary(self) -> list[dict]:
        return [{"text": field.errors[0], "href": f"#{field.name}"} for field in self if field.errors and field.name != "csrf_token"]


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
        db.session.add(contact)
        audit.record("added_contact", child=child)
        db.session.commit()
        flash(_("%(name)s has been added to the child's record.", name=contact.name))
        return redirect(url_for(".child", child_id=child.id, _anchor="professionals"))
    errors = form.errors_for_summary()
    return render_template(
        "staff/professional_form.html",
        child=child,
        form=form,
        kind_items=[{"value": c.value, "text": str(c.label), "checked": form.kind.data == c.value} for c in form.kind.choices],
        errors=errors,
        form_has_errors=bool(errors),
    )
