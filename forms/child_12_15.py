"""The consultation for young people aged 12 to 15, before their review."""

from flask_babel import lazy_gettext as _l

from app.definitions.questionnaire import Audience, Kind, Purpose, Question, Questionnaire
from app.definitions.standard_options import YES_NO_NOT_SURE, share_words
from forms import older_child_questions as shared

QUESTIONNAIRE = Questionnaire(
    id="child_12_15",
    title=_l("Your views for your review"),
    name=_l("Young person, 12 to 15"),
    audience=Audience.CHILD,
    purpose=Purpose.CONSULTATION,
    ages=(12, 15),
    questions=(
        share_words(),
        shared.FEELING,
        shared.HOME,
        shared.SAFE_AT_HOME,
        shared.SOMEONE_TO_TALK_TO,
        shared.SCHOOL,
        shared.HEALTH,
        shared.FRIENDS,
        shared.FAMILY_TIME,
        shared.SOCIAL_WORKER,
        Question(
            id="understand_plan",
            kind=Kind.YES_NO,
            title=_l("Do you know what your plan says?"),
            short_title=_l("Knowing your plan"),
            hint=_l("Your plan says where you will live and what help you will get."),
            error_required=_l("Select if you know what your plan says"),
            options=YES_NO_NOT_SURE,
        ),
        shared.GOING_WELL,
        shared.WORRIES,
        shared.WANT_DISCUSSED,
        shared.HOPE_DECIDED,
        shared.COME_TO_MEETING,
        shared.CHAIR,
        shared.INVITE,
        shared.WHERE,
        shared.WHEN,
        shared.NOT_IN_FRONT,
        shared.NOT_IN_FRONT_DETAILS,
        shared.ADVOCATE,
        shared.TALK_FIRST,
        shared.TALK_HOW,
        shared.ANYTHING_ELSE,
    ),
)
