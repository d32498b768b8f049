"""The consultation for children aged 8 to 11, before their review."""

from dataclasses import replace

from flask_babel import lazy_gettext as _l

from app.definitions.questionnaire import Audience, Purpose, Questionnaire
from app.definitions.standard_options import share_words
from forms import older_child_questions as shared

QUESTIONNAIRE = Questionnaire(
    id="child_8_11",
    title=_l("Your views for your review"),
    name=_l("Child, 8 to 11"),
    audience=Audience.CHILD,
    purpose=Purpose.CONSULTATION,
    ages=(8, 11),
    questions=(
        share_words(),
        shared.FEELING,
        # Shown whole on check answers and the IRO's summary: without the older versions' short titles.
        replace(shared.HOME, short_title=None),
        replace(shared.SAFE_AT_HOME, short_title=None),
        replace(shared.SCHOOL, short_title=None),
        shared.FAMILY_TIME,
        shared.GOING_WELL,
        shared.WORRIES,
        # Without the older versions' hint about the meeting.
        replace(shared.COME_TO_MEETING, hint=None),
        shared.CHAIR,
        shared.INVITE,
        shared.WHERE,
        shared.WHEN,
        # A shorter hint than the older versions'.
        replace(shared.ADVOCATE, hint=_l("An advocate is someone who helps you say what you think.")),
        shared.TALK_FIRST,
        shared.ANYTHING_ELSE,
    ),
)
