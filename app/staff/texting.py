"""Staff send a text invitation: a mobile number, checked where it is typed, and who it is for."""

from flask import flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import RadioField, StringField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired

from app import audit
from app.audit.actions import Action
from app.auth.access import staff
from app.extensions import db
from app.invitations.sending import invite
from app.models import Channel, Child, Respondent, Role
from app.staff import bp
from app.staff.access import child_or_403
from app.staff.labels import RESPONDENT_NAMES
from app.staff.mobile_field import mobile_number

WHO = (Respondent.CHILD, Respondent.PARENT, Respondent.CARER)


class TextInvitationForm(FlaskForm):
    mobile = StringField(
        _l("Mobile number"),
        validators=[InputRequired(_l("Enter a mobile number")), mobile_number],
        filters=[lambda value: value.strip() if isinstance(value, str) else value],
    )
    respondent = RadioField(
        _l("Who is it for?"),
        choices=[SelectChoice(r.value, RESPONDENT_NAMES[r]) for r in WHO],
        validators=[InputRequired(_l("Select who the text is for"))],
    )

    def errors_for_summary(self) -> list[dict]:
        return [{"text": errors[0], "href": f"#{name}"} for name, errors in self.errors.items()]


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
    items = [{"value": c.value, "text": str(c.label), "checked": form.respondent.data == c.value} for c in form.respondent.choices]
    errors = form.errors_for_summary()
    return render_template(
        "staff/text_invitation.html", child=child, form=form, form_items=items, errors=errors, form_has_errors=bool(errors)
    )

