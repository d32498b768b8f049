"""How a member of staff is told of new views, urgent flags and views left unread: by email or by text."""

from flask import flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from wtforms import StringField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired, ValidationError

from app.auth.access import staff
from app.extensions import db
from app.govuk.fields import GovukRadiosField
from app.govuk.forms import GovukForm
from app.messaging import phones
from app.models import NotifyBy, Role
from app.staff import bp
from app.staff.mobile_field import mobile_number


class AlertSettingsForm(GovukForm):
    notify_by = GovukRadiosField(
        _l("How should we tell you?"),
        choices=[SelectChoice(NotifyBy.EMAIL.value, _l("By email")), SelectChoice(NotifyBy.SMS.value, _l("By text message"))],
        validators=[InputRequired(_l("Select email or text message"))],
    )
    mobile = StringField(
        _l("Work mobile number"),
        validators=[mobile_number],
    )

    def validate_mobile(self, field) -> None:
        """Texts need a number: this one, or the one we already have."""
        if self.notify_by.data == NotifyBy.SMS.value and not field.data and current_user.mobile is None:
            raise ValidationError(_l("Enter the mobile number to text"))


@bp.route("/profile/alerts", methods=["GET", "POST"])
@staff(Role.IRO, Role.MANAGER)
def alert_settings():
    form = AlertSettingsForm(data={"notify_by": current_user.notify_by.value})
    if form.validate_on_submit():
        current_user.notify_by = NotifyBy(form.notify_by.data)
        if form.mobile.e164:
            current_user.mobile = phones.find_or_add(form.mobile.e164)
        db.session.commit()
        flash(_("We will tell you by text message") if current_user.notify_by is NotifyBy.SMS else _("We will tell you by email"))
        return redirect(url_for(".profile"))
    errors = form.error_summary()
    return render_template("staff/alert_settings.html", form=form, errors=errors, form_has_errors=bool(errors))
