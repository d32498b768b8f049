"""Staff send a consultation invitation by email (an address checked where it is typed), or print it as a letter."""

from dataclasses import asdict

from flask import flash, redirect, render_template, url_for
from flask_babel import force_locale
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from wtforms import StringField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired

from app import audit, photo_links
from app.audit.actions import Action
from app.auth.access import staff
from app.extensions import db
from app.govuk.fields import GovukRadiosField
from app.govuk.forms import GovukForm
from app.govuk.validators import EmailAddress
from app.invitations.people import language_of
from app.invitations.sending import invite
from app.models import Channel, Child, Respondent, Role
from app.staff import bp
from app.staff.access import child_or_403
from app.staff.labels import RESPONDENT_NAMES

WHO = (Respondent.CHILD, Respondent.PARENT, Respondent.CARER)


class EmailInvitationForm(GovukForm):
    email = StringField(
        _l("Email address"),
        validators=[InputRequired(_l("Enter an email address")), EmailAddress()],
    )
    respondent = GovukRadiosField(
        _l("Who is it for?"),
        choices=[SelectChoice(r.value, RESPONDENT_NAMES[r]) for r in WHO],
        validators=[InputRequired(_l("Select who the email is for"))],
    )


@bp.route("/children/<int:child_id>/email-invitation", methods=["GET", "POST"])
@staff(Role.IRO, Role.MANAGER)
def email_invitation(child_id: int):
    child = child_or_403(db.get_or_404(Child, child_id))
    form = EmailInvitationForm()
    if form.validate_on_submit():
        invite(child, Respondent(form.respondent.data), Channel.EMAIL, address=form.email.data)
        audit.record(Action.SENT_EMAIL_INVITATION, child=child)
        db.session.commit()
        flash(_("The email invitation is on its way."))
        return redirect(url_for(".child", child_id=child.id))
    errors = form.error_summary()
    return render_template(
        "staff/email_invitation.html", child=child, form=form, errors=errors, form_has_errors=bool(errors)
    )


class LetterForm(GovukForm):
    respondent = GovukRadiosField(
        _l("Who is the letter for?"),
        choices=[SelectChoice(r.value, RESPONDENT_NAMES[r]) for r in WHO],
        validators=[InputRequired(_l("Select who the letter is for"))],
    )


def print_letter(child: Child, respondent: Respondent, questionnaire: str | None = None, language: str | None = None):
    """Make a new letter invitation, commit it, and show the letter in its person's language; its link and code are
    shown only this once."""
    invited = invite(child, respondent, Channel.LETTER, questionnaire=questionnaire, language=language)
    audit.record(Action.PRINTED_LETTER, child=child)
    db.session.commit()
    allocation = child.current_allocation
    with force_locale(language_of(invited.invitation)):
        return render_template(
            "staff/letter.html",
            child=child,
            iro=allocation.iro if allocation else None,
            review=child.next_review,
            respondent=respondent,
            **asdict(invited.letter),
        )


@bp.route("/children/<int:child_id>/letter", methods=["GET", "POST"])
@staff(Role.IRO, Role.MANAGER)
def letter(child_id: int):
    """A printable letter: a new invitation each time, since its link and code are shown only once."""
    child = child_or_403(db.get_or_404(Child, child_id))
    form = LetterForm()
    if form.validate_on_submit():
        return print_letter(child, Respondent(form.respondent.data))
    errors = form.error_summary()
    return render_template(
        "staff/letter_choose.html", child=child, form=form, errors=errors, form_has_errors=bool(errors)
    )


@bp.route("/children/<int:child_id>/iro-photo/<version>")
@staff(Role.IRO, Role.MANAGER)
def child_iro_photo(child_id: int, version: str):
    """The photo of the child's IRO, for staff printing a letter to the child: after a reallocation the address
    changes with the photo, so a letter never shows the old IRO's face."""
    child = child_or_403(db.get_or_404(Child, child_id))
    allocation = child.current_allocation
    return photo_links.send(allocation.iro.photo if allocation else None, version)
