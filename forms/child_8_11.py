"""The consultation for children aged 8 to 11, before their review."""

from flask_babel import lazy_gettext as _l

from app.definitions.questionnaire import Audience, Kind, Option, Purpose, Question, Questionnaire
from app.definitions.standard_options import EMOJI_SCALE, NOT_SAFE, NOT_SURE_IF_SAFE, YES_NO_NOT_SURE, share_words
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
        Question(
            id="feeling",
            kind=Kind.EMOJI,
            title=_l("How have you felt lately?"),
            error_required=_l("Select how you have felt lately"),
            options=EMOJI_SCALE,
        ),
        Question(
            id="home",
            kind=Kind.EMOJI,
            title=_l("How do you feel about where you live?"),
            error_required=_l("Select how you feel about where you live"),
            options=EMOJI_SCALE,
        ),
        Question(
            id="safe_at_home",
            kind=Kind.YES_NO,
            title=_l("Do you feel safe where you live?"),
            error_required=_l("Select if you feel safe where you live"),
            options=YES_NO_NOT_SURE,
            urgent_values=NOT_SAFE,
            check_in_values=NOT_SURE_IF_SAFE,
        ),
        Question(
            id="school",
            kind=Kind.EMOJI,
            title=_l("How is school going?"),
            error_required=_l("Select how school is going"),
            options=EMOJI_SCALE,
        ),
        Question(
            id="family_time",
            kind=Kind.CHOICE,
            title=_l("Do you see your family as much as you want to?"),
            short_title=_l("Family time"),
            error_required=_l("Select how you feel about seeing your family"),
            options=(
                Option("about_right", _l("It is about right")),
                Option("more", _l("I want to see them more")),
                Option("less", _l("I want to see them less")),
                Option("not_say", _l("I do not want to say")),
            ),
        ),
        Question(
            id="going_well",
            kind=Kind.TEXT,
            title=_l("What is going well for you?"),
            hint=_l("You can skip this if you want. You can write up to 500 characters."),
            error_required=_l("Tell us what is going well for you"),
            optional=True,
        ),
        Question(
            id="worries",
            kind=Kind.TEXT,
            title=_l("Is anything worrying you?"),
            hint=_l("You can skip this if you want. You can write up to 500 characters."),
            error_required=_l("Tell us if anything is worrying you"),
            optional=True,
        ),
        Question(
            id="come_to_meeting",
            kind=Kind.CHOICE,
            title=_l("Do you want to come to your review meeting?"),
            short_title=_l("Coming to the meeting"),
            error_required=_l("Select if you want to come to your review meeting"),
            options=(
                Option("all", _l("Yes, all of it")),
                Option("part", _l("Yes, part of it")),
                Option("no", _l("No")),
                Option("not_sure", _l("Not sure")),
            ),
        ),
        shared.CHAIR,
        shared.INVITE,
        shared.WHERE,
        shared.WHEN,
        Question(
            id="advocate",
            kind=Kind.YES_NO,
            title=_l("Would you like an advocate?"),
            hint=_l("An advocate is someone who helps you say what you think."),
            error_required=_l("Select if you would like an advocate"),
            options=YES_NO_NOT_SURE,
        ),
        Question(
            id="talk_first",
            kind=Kind.YES_NO,
            title=_l("Would you like to talk to your IRO before the meeting?"),
            short_title=_l("Talk to your IRO first"),
            error_required=_l("Select if you would like to talk to your IRO first"),
            options=YES_NO_NOT_SURE,
        ),
        Question(
            id="anything_else",
            kind=Kind.TEXT,
            title=_l("Is there anything else you want your IRO to know?"),
            short_title=_l("Anything else"),
            hint=_l("You can skip this if you want. You can write up to 500 characters."),
            error_required=_l("Tell us what you want your IRO to know"),
            optional=True,
        ),
    ),
)
