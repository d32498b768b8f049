"""Staff send a text invitation: a mobile number, checked where it is typed, and who it is for."""

from flask import flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from wtforms import StringField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired

from app import audit
from app.audit.actions import Action
from app.auth.access import staff
from app.extensions import db
from app.govuk.fields import GovukRadiosField
from app.govuk.forms import GovukForm
from app.invitations.sending import invite
from app.models import Channel, Child, Respondent, Role
from app.staff import bp
from app.staff.access import child_or_403
from app.staff.labels import RESPONDENT_NAMES
from app.staff.mobile_field import mobile_number

WHO = (Respondent.CHILD, Respondent.PARENT, Respondent.CARER)


class TextInvitationForm(GovukForm):
    mobile = StringField(
        _l("Mobile number"),
        validators=[InputRequired(_l("Enter a mobile number")), mobile_number],
    )
    respondent = GovukRadiosField(
        _l("Who is it for?"),
        choices=[SelectChoice(r.value, RESPONDENT_NAMES[r]) for r in WHO],
        validators=[InputRequired(_l("Select who the text is for"))],
    )


@bp.route("/children/<int:child_id>/text-invitation", methods=["GET", "POST"])
@staff(Role.IRO, Role.MANAGER)
def text_invitation(child_id: int):
    child = child_or_403(db.get_or_404(Child, child_id))
    form = TextInvitationForm()
    if form.validate_on_submit():
        invite(child, Respondent(form.respondent.data), Channel.SMS, address=form.mobile.e164)
        audit.record(Action.SENT_TEXT_INVITATION, child=child)
        db.session.commit()
        flash(_("The text invitation is on its way."))
        return redirect(url_for(".child", child_id=child.id))
    errors = form.error_summary()
    return render_template(
        "staff/text_invitation.html", child=child, form=form, errors=errors, form_has_errors=bool(errors)
    )

