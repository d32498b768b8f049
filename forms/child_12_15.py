"""The consultation for young people aged 12 to 15, before their review."""

from flask_babel import lazy_gettext as _l

from app.questionnaires.definition import Audience, Kind, Option, Purpose, Question, Questionnaire
from app.questionnaires.standard_options import EMOJI_SCALE, YES_NO_NOT_SURE, share_words
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
        Question(
            id="school",
            kind=Kind.EMOJI,
            title=_l("How is school going?"),
            short_title=_l("School"),
            error_required=_l("Select how school is going"),
            options=EMOJI_SCALE,
        ),
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
        Question(
            id="invite",
            kind=Kind.MULTI,
            title=_l("Who would you like at your meeting?"),
            short_title=_l("Who to invite"),
            hint=_l("Your IRO will be there. Select all the people you want."),
            error_required=_l("Select who you would like at your meeting, or select “No one else”"),
            options=(
                Option("carer", _l("The adults you live with")),
                Option("parents", _l("Your mum or dad")),
                Option("family", _l("Other family")),
                Option("social_worker", _l("Your social worker")),
                Option("school", _l("Someone from school")),
                Option("other", _l("Someone else"), other=True),
                Option("no_one", _l("No one else"), exclusive=True),
            ),
        ),
        Question(
            id="where",
            kind=Kind.CHOICE,
            title=_l("Where would you like your meeting to be?"),
            short_title=_l("Where the meeting is"),
            error_required=_l("Select where you would like your meeting to be"),
            options=(
                Option("home", _l("Where you live")),
                Option("school", _l("At school")),
                Option("office", _l("At an office")),
                Option("video", _l("On a video call")),
                Option("no_preference", _l("I do not mind")),
            ),
        ),
        shared.NOT_IN_FRONT,
        shared.NOT_IN_FRONT_DETAILS,
        shared.ADVOCATE,
        shared.TALK_FIRST,
        shared.TALK_HOW,
        shared.ANYTHING_ELSE,
    ),
)
