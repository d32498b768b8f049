"""The IRO books a review's meeting, or changes it: day, time, place or video, who is invited, and the child's part.

While booking, the IRO sees what the child said about the meeting in the views they sent for this review.
"""

from datetime import date, time

from dateutil.relativedelta import relativedelta
from flask import flash, redirect, render_template, url_for
from flask_babel import format_time
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from wtforms import StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired, Length

from app import audit
from app.audit.actions import Action
from app.auth.access import staff
from app.extensions import db
from app.govuk.fields import GovukDateField, GovukRadiosField
from app.govuk.forms import GovukForm
from app.inputs import time_from_text
from app.models import ChildPart, Invitation, Respondent, Review, Submission, SubmissionState
from app.numbers import lazy_number
from app.questionnaires import registry
from app.questionnaires.answers import answer_rows
from app.staff import bp
from app.staff.access import CASEWORK, child_and_open_review
from app.staff.answer_languages import TEMPLATE_HELPERS as ANSWER_LANGUAGES

PLACE_LIMIT = 60  # the place goes into texts, which must stay within two segments
INVITED_LIMIT = 500
# Far enough ahead for any review (the longest gap between reviews is 6 months), near enough to catch a mistyped year.
FURTHEST_AHEAD = relativedelta(years=1)
# What the child said in their consultation that helps the IRO book the meeting, in the order they were asked.
WISHES = ("come_to_meeting", "chair", "when", "where", "invite", "not_in_front", "not_in_front_details")

CHILD_PARTS = {
    ChildPart.ATTEND: _l("Coming to all of it"),
    ChildPart.PART: _l("Coming to part of it"),
    ChildPart.CHAIR: _l("Chairing it, or part of it"),
    ChildPart.NOT_ATTENDING: _l("Not coming"),
    ChildPart.NOT_DECIDED: _l("Not decided yet"),
}


class MeetingForm(GovukForm):
    meeting = GovukDateField(
        _l("Date"),
        required=_l("Enter a real date for the meeting, for example 3 3 2027"),
        not_real=_l("Enter a real date for the meeting, for example 3 3 2027"),
    )
    start = StringField(_l("Time"))
    where = GovukRadiosField(
        _l("Where is the meeting?"),
        choices=[SelectChoice("place", _l("In person")), SelectChoice("video", _l("By video"))],
        validators=[InputRequired(_l("Select where the meeting is"))],
    )
    place = StringField(
        _l("Place"),
        validators=[Length(max=PLACE_LIMIT, message=_l("The place must be %(max)s characters or fewer", max=lazy_number(PLACE_LIMIT)))],
    )
    invited = TextAreaField(
        _l("Who is invited (optional)"),
        validators=[Length(max=INVITED_LIMIT, message=_l("Who is invited must be %(max)s characters or fewer", max=lazy_number(INVITED_LIMIT)))],
    )
    child_part = GovukRadiosField(
        _l("What part will the child take?"),
        choices=[SelectChoice(part.value, label) for part, label in CHILD_PARTS.items()],
        validators=[InputRequired(_l("Select what part the child will take"))],
    )

    def meeting_time(self) -> time | None:
        return time_from_text(self.start.data)

    def fill_from(self, review: Review) -> None:
        """Show the meeting as booked, to change it."""
        if review.meeting_booked:
            self.meeting.set_date(review.meeting_on)
            self.start.data = format_time(review.meeting_time, "HH:mm", rebase=False)
            self.where.data = "video" if review.meeting_by_video else "place"
            self.place.data = review.meeting_place
            self.invited.data = review.meeting_invited
        if review.child_part:
            self.child_part.data = review.child_part.value

    def problems(self, today: date) -> list[dict]:
        """Each thing wrong with the form, in the order of the page, linked to its field."""
        self.validate()
        meeting_on = self.meeting.data
        if meeting_on and meeting_on < today:
            self.meeting.errors = [_("The date of the meeting must be today or in the future")]
        elif meeting_on and meeting_on > today + FURTHEST_AHEAD:
            self.meeting.errors = [_("The date of the meeting must be within a year from today")]
        if not self.start.data:
            self.start.errors = [_("Enter the time of the meeting, for example 4pm or 16:30")]
        elif self.meeting_time() is None:
            self.start.errors = [_("Enter a real time, for example 4pm or 16:30")]
        # A choice not on the page (only a crafted request sends one) gets the same words as no choice.
        for field, message in ((self.where, _("Select where the meeting is")), (self.child_part, _("Select what part the child will take"))):
            if field.errors:
                field.errors = [message]
        if self.where.data != "place":
            self.place.errors = []  # a place typed and then "By video" chosen is not kept, so not checked
        elif not self.place.data and not self.place.errors:
            self.place.errors = [_("Enter where the meeting is")]
        return self.error_summary()


def _book(review: Review, form: MeetingForm) -> None:
    by_video = form.where.data == "video"
    review.meeting_on = form.meeting.data
    review.meeting_time = form.meeting_time()
    review.meeting_by_video = by_video
    review.meeting_place = None if by_video else form.place.data
    review.meeting_invited = form.invited.data or None
    review.child_part = ChildPart(form.child_part.data)


def child_wishes(review: Review) -> list[dict]:
    """What the child said about the meeting in each consultation they sent for this review, newest first. Reading
    them is reading the child's views, so each is audited."""
    sent = db.session.scalars(
        db.select(Submission)
        .join(Submission.invitation)
        .where(
            Submission.review_id == review.id,
            Submission.state == SubmissionState.SUBMITTED,
            Invitation.respondent == Respondent.CHILD,
        )
        .order_by(Submission.submitted_at.desc())
    ).all()
    found = []
    for submission in sent:
        questionnaire = registry.get(submission.questionnaire)
        values = submission.answer_values()
        rows = answer_rows(questionnaire, values, only=WISHES)
        if rows:
            audit.record(Action.VIEWED_ANSWERS, child=review.child, submission=submission)
            found.append({"submission": submission, "rows": rows})
    return found


@bp.route("/children/<int:child_id>/reviews/<int:review_id>/meeting", methods=["GET", "POST"])
@staff(*CASEWORK)
def book_meeting(child_id: int, review_id: int):
    child, review = child_and_open_review(child_id, review_id)
    if review is None:
        return redirect(url_for(".child", child_id=child.id))
    form = MeetingForm()
    errors = []
    if form.is_submitted():
        errors = form.problems(date.today())
        if not errors:
            changing = review.meeting_booked
            _book(review, form)
            audit.record(Action.CHANGED_MEETING if changing else Action.BOOKED_MEETING, child=child)
            db.session.commit()
            flash(_("The meeting has been changed.") if changing else _("The meeting has been booked."))
            return redirect(url_for(".child", child_id=child.id))
    else:
        form.fill_from(review)
    wishes = child_wishes(review)
    db.session.commit()
    return render_template(
        "staff/book_meeting.html",
        child=child,
        review=review,
        form=form,
        wishes=wishes,
        errors=errors,
        form_has_errors=bool(errors),
        **ANSWER_LANGUAGES,
    )
