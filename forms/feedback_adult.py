"""Feedback from a parent, carer or professional after a review.

Who they are is known from their invitation (Invitation.respondent), so the form does not ask it again.

The question ids are the annual report's figures ("felt welcomed by the IRO: parents 95 %"): keep them stable.
Each statement is on the agree scale, so each figure is "% who agreed of those who answered".
"""

from flask_babel import lazy_gettext as _l

from app.definitions.questionnaire import Audience, Kind, Purpose, Question, Questionnaire
from app.definitions.standard_options import AGREE_SCALE
from forms import adult_questions as adult

AGREE_HINT = _l("Say how much you agree.")

QUESTIONNAIRE = Questionnaire(
    id="feedback_adult",
    title=_l("Tell us about the review"),
    name=_l("Feedback, adult"),
    audience=Audience.ADULT,
    purpose=Purpose.FEEDBACK,
    questions=(
        Question(
            id="welcomed",
            kind=Kind.CHOICE,
            title=_l("I felt welcomed by the IRO"),
            short_title=_l("Felt welcomed"),
            hint=AGREE_HINT,
            error_required=_l("Select how much you agree that you felt welcomed by the IRO"),
            options=AGREE_SCALE,
        ),
        Question(
            id="contribute",
            kind=Kind.CHOICE,
            title=_l("I had the chance to say what I wanted"),
            short_title=_l("Chance to say what I wanted"),
            hint=AGREE_HINT,
            error_required=_l("Select how much you agree that you had the chance to say what you wanted"),
            options=AGREE_SCALE,
        ),
        Question(
            id="reports_in_time",
            kind=Kind.CHOICE,
            title=_l("I got the reports in time to read them"),
            short_title=_l("Reports in time"),
            hint=_l("For example, the care plan or the social worker’s report. Say how much you agree."),
            error_required=_l("Select how much you agree that you got the reports in time to read them"),
            options=AGREE_SCALE,
        ),
        Question(
            id="understood_discussion",
            kind=Kind.CHOICE,
            title=_l("I understood what was discussed"),
            short_title=_l("Understood the discussion"),
            hint=AGREE_HINT,
            error_required=_l("Select how much you agree that you understood what was discussed"),
            options=AGREE_SCALE,
        ),
        Question(
            id="understood_decisions",
            kind=Kind.CHOICE,
            title=_l("I understood what was decided"),
            short_title=_l("Understood the decisions"),
            hint=AGREE_HINT,
            error_required=_l("Select how much you agree that you understood what was decided"),
            options=AGREE_SCALE,
        ),
        Question(
            id="went_well",
            kind=Kind.TEXT,
            title=_l("What went well?"),
            hint=adult.SKIP_HINT,
            error_required=_l("Enter what went well"),
            optional=True,
            max_length=1000,
        ),
        Question(
            id="could_be_better",
            kind=Kind.TEXT,
            title=_l("What could have been better?"),
            hint=adult.SKIP_HINT,
            error_required=_l("Enter what could have been better"),
            optional=True,
            max_length=1000,
        ),
    ),
)
