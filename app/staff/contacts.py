"""Parents and carers on a child's record: how the scheduled send reaches them (docs/domain.md, Channels)."""

from flask import abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import StringField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, InputRequired, Length

from app import audit, languages
from app.audit.actions import Action
from app.auth.access import staff
from app.extensions import db
from app.govuk.fields import GovukRadiosField
from app.govuk.forms import GovukForm
from app.govuk.validators import EmailAddress
from app.inputs import database_integer
from app.messaging import phones
from app.models import Child, Contact, Respondent
from app.staff import bp
from app.staff.access import CASEWORK, child_or_403
from app.staff.labels import RESPONDENT_NAMES
from app.staff.mobile_field import mobile_number

ROLES = (Respondent.PARENT, Respondent.CARER)
NAME_LIMIT = 200


class PersonOnRecordForm(GovukForm):
    """What every person on a child's record has: a name. Parents, carers and professionals add their own fields."""

    name = StringField(
        _l("Full name"),
        validators=[
            DataRequired(_l("Enter their full name")),
            Length(max=NAME_LIMIT, message=_l("Their name must be %(max)s characters or fewer", max=NAME_LIMIT)),
        ],
    )


def added(contact: Contact, section: str):
    """Put a person on the child's record, audited, and go back to their section of the child's page."""
    db.session.add(contact)
    audit.record(Action.ADDED_CONTACT, child=contact.child)
    db.session.commit()
    flash(_("%(name)s has been added to the child's record.", name=contact.name))
    return redirect(url_for(".child", child_id=contact.child.id, _anchor=section))


class ContactForm(PersonOnRecordForm):
    respondent = GovukRadiosField(
        _l("Are they a parent or a carer?"),
        choices=[SelectChoice(r.value, RESPONDENT_NAMES[r]) for r in ROLES],
        validators=[InputRequired(_l("Select whether they are a parent or a carer"))],
    )
    mobile = StringField(_l("Mobile number (optional)"), validators=[mobile_number])
    email = StringField(_l("Email address (optional)"), validators=[EmailAddress()])
    language = GovukRadiosField(
        _l("Their language"), description=_l("Their texts, emails, letters and pages are in it."),
        validators=[InputRequired(_l("Select their language"))],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.language.choices = languages.choices(str(get_locale()))
        if self.language.data is None:
            self.language.data = current_app.config["BABEL_DEFAULT_LOCALE"]


@bp.route("/children/<int:child_id>/contacts/new", methods=["GET", "POST"])
@staff(*CASEWORK)
def add_contact(child_id: int):
    child = child_or_403(db.get_or_404(Child, child_id))
    form = ContactForm()
    if form.validate_on_submit():
        contact = Contact(
            child=child,
            respondent=Respondent(form.respondent.data),
            name=form.name.data,
            mobile=phones.find_or_add(form.mobile.e164) if form.mobile.e164 else None,
            email=form.email.data or None,
            language=form.language.data,
        )
        return added(contact, "parents-and-carers")
    errors = form.error_summary()
    return render_template(
        "staff/contact_form.html",
        child=child,
        form=form,
        language_labels=languages.labelled(str(get_locale())),
        errors=errors,
        form_has_errors=bool(errors),
    )


@bp.route("/children/<int:child_id>/contacts/remove", methods=["POST"])
@staff(*CASEWORK)
def remove_contact(child_id: int):
    """Take a parent, carer or professional off the child's record: nothing more goes to them. Kept, not deleted, so earlier
    invitations still say who they went to."""
    child = child_or_403(db.get_or_404(Child, child_id))
    if not FlaskForm().validate_on_submit():
        abort(400)
    contact_id = database_integer(request.form.get("contact_id"))
    contact = db.session.get(Contact, contact_id) if contact_id else None
    if contact is None or contact.child_id != child.id or not contact.active:
        abort(404)
    contact.active = False
    audit.record(Action.REMOVED_CONTACT, child=child)
    db.session.commit()
    flash(_("%(name)s has been removed. Nothing more will be sent to them.", name=contact.name))
    section = "professionals" if contact.respondent is Respondent.PROFESSIONAL else "parents-and-carers"
    return redirect(url_for(".child", child_id=child.id, _anchor=section))
