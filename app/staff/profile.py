"""The IRO's own profile: the photo and introduction their children see."""

from flask import flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from flask_wtf.file import FileField
from wtforms import TextAreaField
from wtforms.validators import Length

from app import richtext
from app.auth.access import staff
from app.extensions import db
from app.govuk.forms import GovukForm
from app.models import Role
from app.numbers import lazy_number
from app.staff import bp, photos

INTRODUCTION_LIMIT = 1000


class ProfileForm(GovukForm):
    introduction = TextAreaField(
        _l("Introduction for your children"),
        validators=[Length(max=INTRODUCTION_LIMIT, message=_l("Your introduction must be %(max)s characters or fewer", max=lazy_number(INTRODUCTION_LIMIT)))],
    )
    photo = FileField(_l("Photo"))


@bp.route("/profile", methods=["GET", "POST"])
@staff(Role.IRO, Role.MANAGER)
def profile():
    form = ProfileForm(data={"introduction": current_user.introduction})
    if form.validate_on_submit():
        upload = form.photo.data
        if upload and upload.filename:
            try:
                current_user.photo = photos.normalise(upload.read())
            except photos.PhotoTooLarge:
                form.photo.errors.append(
                    _("The photo must be %(megapixels)s megapixels or smaller, such as 4000 by 3000 pixels",
                      megapixels=photos.MAX_PIXELS // 1_000_000)
                )
            except photos.NotAPhoto:
                form.photo.errors.append(_("The photo must be a JPG or PNG image"))
        if not form.photo.errors:
            current_user.introduction = richtext.clean(form.introduction.data or "")
            db.session.commit()
            flash(_("Your profile has been saved"))
            return redirect(url_for(".profile"))
    errors = form.error_summary()
    return render_template("staff/profile.html", form=form, errors=errors, form_has_errors=bool(errors))
