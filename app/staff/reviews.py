"""Recording a review as held, and writing to the child about what was decided."""

from datetime import date

from flask import flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, InputRequired, Length

from app import audit
from app.audit.actions import Action
from app.auth.access import staff
from app.extensions import db
from app.govuk.fields import GovukDateField, GovukRadiosField
from app.govuk.forms import GovukForm
from app.invitations.feedback import arrange_feedback
from app.invitations.notes import tell_child_of_note
from app.models import Child, ParticipationCode, Review
from app.models.time import utcnow
from app.numbers import lazy_number
from app.reviews import participation, recording
from app.staff import bp
from app.staff.access import CASEWORK, child_and_open_review, child_or_403
from app.staff.labels import RESPONDENT_NAMES

REPLY_LIMIT = 1000


class HeldForm(GovukForm):
    held = GovukDateField(
        _l("When was the review held?"),
        required=_l("Enter a real date, for example 27 3 2026"),
        not_real=_l("Enter a real date, for example 27 3 2026"),
    )
    code = GovukRadiosField(
        _l("How did the child take part?"),
        choices=[SelectChoice(code.value, meaning) for code, meaning in participation.MEANINGS.items()],
        validators=[InputRequired(_l("Select how the child took part"))],
        validate_choice=True,
    )
    parents_attended = BooleanField(_l("Parents came"))
    carers_attended = BooleanField(_l("Carers came"))
    professionals_attended = BooleanField(_l("Professionals came"))


class ReplyForm(GovukForm):
    reply = TextAreaField(
        _l("Your note to the child"),
        validators=[
            DataRequired(_l("Write your note to the child")),
            Length(max=REPLY_LIMIT, message=_l("Your note must be %(max)s characters or fewer", max=lazy_number(REPLY_LIMIT))),
        ],
    )


def _date_error(child: Child, held_on: date) -> str | None:
    if held_on > date.today():
        return _("The date the review was held must be today or in the past")
    if held_on < child.looked_after_since:
        return _("The date the review was held must be after the child became looked after")
    return None


def _code_error(child: Child, held_on: date, code: str) -> str | None:
    if not participation.code_fits_age(ParticipationCode(code), child.age_on(held_on)):
        return _("PN0 is for a child under 4 on the day of the review, and only for them")
    return None


@bp.route("/children/<int:child_id>/reviews/<int:review_id>/held", methods=["GET", "POST"])
@staff(*CASEWORK)
def record_held(child_id: int, review_id: int):
    child, review = child_and_open_review(child_id, review_id)
    if review is None:
        return redirect(url_for(".child", child_id=child.id))
    form = HeldForm()
    errors = []
    if form.is_submitted():
        errors = _problems(child, form)
        if not errors:
            tomorrow, links = _record(review, form.held.data, ParticipationCode(form.code.data), form)
            return render_template(
                "staff/review_recorded.html",
                child=child,
                review=review,
                tomorrow=tomorrow,
                links=links,
                respondents=RESPONDENT_NAMES,
            )
    suggested, why = participation.suggest(review, form.held.data or date.today())
    if not form.is_submitted() and suggested:
        form.code.data = suggested.value
    return render_template(
        "staff/record_held.html",
        child=child,
        review=review,
        form=form,
        errors=errors,
        form_has_errors=bool(errors),
        why=why,
    )


def _problems(child: Child, form: HeldForm) -> list[dict]:
    """What is wrong with the form, each linked to its field; the code must fit the child's age that day."""
    form.validate()
    held_on = form.held.data
    if held_on and not form.held.errors:
        date_error = _date_error(child, held_on)
        form.held.errors = [date_error] if date_error else []
    if held_on and not form.held.errors and form.code.data and not form.code.errors:
        code_error = _code_error(child, held_on, form.code.data)
        form.code.errors = [code_error] if code_error else []
    return form.error_summary()


def _record(review: Review, held_on: date, code: ParticipationCode, form: HeldForm) -> tuple[list[dict], list[dict]]:
    """Save the review as held (app/reviews/recording.py), and arrange feedback from everyone who took part.

    Those the scheduled send can reach (the child with a mobile, parents and carers on the record with a mobile or
    email, professionals with an email) get their feedback questionnaire from it tomorrow; for the rest a link is made now, to hand over.
    Returns (who is sent it tomorrow, links to hand over)."""
    recording.record_held(
        review,
        held_on,
        code,
        parents_attended=form.parents_attended.data,
        carers_attended=form.carers_attended.data,
        professionals_attended=form.professionals_attended.data,
    )
    child = review.child
    tomorrow, links = arrange_feedback(review)
    audit.record(Action.RECORDED_REVIEW, child=child)
    db.session.commit()
    return tomorrow, links


@bp.route("/children/<int:child_id>/reply", methods=["POST"])
@staff(*CASEWORK)
def reply(child_id: int):
    """The IRO's short, child-friendly note about what was decided at the last review held."""
    child = child_or_403(db.get_or_404(Child, child_id))
    held = [r for r in child.reviews if r.held_on is not None]
    form = ReplyForm()
    if not held:
        flash(_("Record the review as held before you write to the child"), "info")
    elif form.validate_on_submit():
        review = max(held, key=lambda r: r.held_on)
        review.reply_to_child = form.reply.data
        review.replied_at = utcnow()
        texted = tell_child_of_note(review)
        audit.record(Action.REPLIED_TO_CHILD, child=child)
        db.session.commit()
        if texted:
            flash(_("Your note will show on the child's link. We have texted them to say there is a message."))
        else:
            flash(_("Your note will show on the child's link"))
    else:
        flash(form.reply.errors[0], "info")
    return redirect(url_for(".child", child_id=child.id))
