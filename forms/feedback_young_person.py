"""Feedback from a young person aged 9 or over, after their review.

The question ids are the annual report's figures ("97 % felt welcomed"): keep them stable.
"""

from flask_babel import lazy_gettext as _l

from app.definitions.questionnaire import Audience, Kind, Purpose, Question, Questionnaire
from app.definitions.standard_options import YES_A_BIT_NO

QUESTIONNAIRE = Questionnaire(
    id="feedback_young_person",
    title=_l("Tell us about your review"),
    name=_l("Feedback, young person"),
    audience=Audience.CHILD,
    purpose=Purpose.FEEDBACK,
    ages=(9, 18),
    questions=(
        Question(
            id="welcomed",
            kind=Kind.CHOICE,
            title=_l("Did your IRO make you feel welcome?"),
            short_title=_l("Feeling welcome"),
            hint=_l("Your answers help us make reviews better."),
            error_required=_l("Select if your IRO made you feel welcome"),
            options=YES_A_BIT_NO,
        ),
        Question(
            id="understood_discussion",
            kind=Kind.CHOICE,
            title=_l("Did you understand what people talked about?"),
            short_title=_l("What people talked about"),
            error_required=_l("Select if you understood what people talked about"),
            options=YES_A_BIT_NO,
        ),
        Question(
            id="involved",
            kind=Kind.CHOICE,
            title=_l("Did you feel part of your review?"),
            short_title=_l("Feeling part of it"),
            error_required=_l("Select if you felt part of your review"),
            options=YES_A_BIT_NO,
        ),
        Question(
            id="important_things",
            kind=Kind.CHOICE,
            title=_l("Did people talk about the things that matter to you?"),
            short_title=_l("Things that matter to you"),
            error_required=_l("Select if people talked about the things that matter to you"),
            options=YES_A_BIT_NO,
        ),
        Question(
            id="understood_decisions",
            kind=Kind.CHOICE,
            title=_l("Did you understand what was decided?"),
            short_title=_l("What was decided"),
            error_required=_l("Select if you understood what was decided"),
            options=YES_A_BIT_NO,
        ),
        Question(
            id="comments",
            kind=Kind.TEXT,
            title=_l("Is there anything else you want to tell us about your review?"),
            short_title=_l("Anything else"),
            hint=_l("You can skip this if you want. You can write up to 500 characters."),
            error_required=_l("Tell us about your review"),
            optional=True,
            max_length=500,
        ),
    ),
)
