"""The "Listen to Me" picture version, for children aged 4 to 7 (or older, by their IRO's choice).

Every question has a picture and every answer has a picture, because many of these children cannot read yet:
the page is read aloud and the child taps a picture. It opens with how they feel, in small words, and asks whether
their IRO may share what they said at the end, once they have said it.
"""

from flask_babel import lazy_gettext as _l

from app.definitions.questionnaire import Audience, Kind, Option, Purpose, Question, Questionnaire
from app.definitions.standard_options import EMOJI_SCALE, NOT_SAFE, NOT_SURE_IF_SAFE, YES_NO_NOT_SURE, share_words

QUESTIONNAIRE = Questionnaire(
    id="child_4_7",
    title=_l("Your views for your review"),
    name=_l("Child, 4 to 7"),
    audience=Audience.CHILD,
    purpose=Purpose.CONSULTATION,
    ages=(4, 7),
    pictures=True,
    questions=(
        Question(
            id="home",
            kind=Kind.EMOJI,
            title=_l("How do you feel about where you live?"),
            short_title=_l("Where you live"),
            error_required=_l("Select how you feel about where you live"),
            options=EMOJI_SCALE,
            picture="home",
        ),
        Question(
            id="safe_at_home",
            kind=Kind.YES_NO,
            title=_l("Do you feel safe where you live?"),
            short_title=_l("Safe where you live"),
            error_required=_l("Select if you feel safe where you live"),
            options=YES_NO_NOT_SURE,
            urgent_values=NOT_SAFE,
            check_in_values=NOT_SURE_IF_SAFE,
            picture="home",
        ),
        Question(
            id="school",
            kind=Kind.EMOJI,
            title=_l("How do you feel about school?"),
            short_title=_l("School"),
            hint=_l("Or nursery, if you go to nursery."),
            error_required=_l("Select how you feel about school"),
            options=EMOJI_SCALE,
            picture="school",
        ),
        Question(
            id="family_time",
            kind=Kind.EMOJI,
            title=_l("How do you feel about seeing your family?"),
            short_title=_l("Seeing your family"),
            error_required=_l("Select how you feel about seeing your family"),
            options=EMOJI_SCALE,
            picture="family",
        ),
        Question(
            id="health",
            kind=Kind.EMOJI,
            title=_l("How do you feel in your body?"),
            short_title=_l("Your health"),
            hint=_l("Think about how you sleep, eat and feel."),
            error_required=_l("Select how you feel in your body"),
            options=EMOJI_SCALE,
            picture="health",
        ),
        Question(
            id="friends",
            kind=Kind.EMOJI,
            title=_l("How do you feel about your friends?"),
            short_title=_l("Friends"),
            error_required=_l("Select how you feel about your friends"),
            options=EMOJI_SCALE,
            picture="friends",
        ),
        Question(
            id="come_to_meeting",
            kind=Kind.CHOICE,
            title=_l("Do you want to come to your meeting?"),
            short_title=_l("Coming to your meeting"),
            hint=_l("This is your review. It is a meeting to talk about you and your plans."),
            error_required=_l("Select if you want to come to your meeting"),
            options=(
                Option("all", _l("Yes"), picture="thumb-up", picture_alt=_l("Thumb pointing up")),
                Option("part", _l("For a little bit"), picture="meeting", picture_alt=_l("Three people at a table")),
                Option("no", _l("No"), picture="thumb-down", picture_alt=_l("Thumb pointing down")),
                Option("not_sure", _l("Not sure"), picture="question-mark", picture_alt=_l("A question mark")),
            ),
            picture="meeting",
        ),
        Question(
            id="where",
            kind=Kind.CHOICE,
            title=_l("Where would you like your meeting to be?"),
            short_title=_l("Where the meeting is"),
            error_required=_l("Select where you would like your meeting to be"),
            options=(
                Option("home", _l("Where you live"), picture="home", picture_alt=_l("A house")),
                Option("school", _l("At school"), picture="school", picture_alt=_l("A school")),
                Option("no_preference", _l("I do not mind"), picture="question-mark", picture_alt=_l("A question mark")),
            ),
            picture="meeting",
        ),
        Question(
            id="tell_iro",
            kind=Kind.TEXT,
            title=_l("Is there something you want your IRO to know?"),
            short_title=_l("Something for your IRO"),
            hint=_l("Your IRO checks that your plans are good for you. A grown-up can help you write. You can skip this. You can write up to 500 characters."),
            error_required=_l("Tell us what you want your IRO to know"),
            optional=True,
            max_length=500,
            picture="speech-bubble",
        ),
        share_words(pictures=True),
    ),
)
