"""The questions more than one child version asks (8 to 11, 12 to 15, 16 to 18), each written once. A question
whose words differ between versions takes them as arguments (invite, where, when); the 8 to 11 version replaces
the few words it says its own way where it asks the question."""

from flask_babel import LazyString
from flask_babel import lazy_gettext as _l

from app.definitions.questionnaire import Kind, Option, Question, ShowIf
from app.definitions.standard_options import EMOJI_SCALE, NOT_SAFE, NOT_SURE_IF_SAFE, YES_NO_NOT_SURE

SKIP_HINT = _l("You can skip this if you want. You can write up to 500 characters.")

FEELING = Question(
    id="feeling",
    kind=Kind.EMOJI,
    title=_l("How have you felt lately?"),
    error_required=_l("Select how you have felt lately"),
    options=EMOJI_SCALE,
)

HOME = Question(
    id="home",
    kind=Kind.EMOJI,
    title=_l("How do you feel about where you live?"),
    short_title=_l("Where you live"),
    error_required=_l("Select how you feel about where you live"),
    options=EMOJI_SCALE,
)

SAFE_AT_HOME = Question(
    id="safe_at_home",
    kind=Kind.YES_NO,
    title=_l("Do you feel safe where you live?"),
    short_title=_l("Safe where you live"),
    error_required=_l("Select if you feel safe where you live"),
    options=YES_NO_NOT_SURE,
    urgent_values=NOT_SAFE,
    check_in_values=NOT_SURE_IF_SAFE,
)

SOMEONE_TO_TALK_TO = Question(
    id="someone_to_talk_to",
    kind=Kind.YES_NO,
    title=_l("Is there an adult where you live who you can talk to?"),
    short_title=_l("An adult to talk to"),
    error_required=_l("Select if there is an adult you can talk to where you live"),
    options=YES_NO_NOT_SURE,
)

SCHOOL = Question(
    id="school",
    kind=Kind.EMOJI,
    title=_l("How is school going?"),
    short_title=_l("School"),
    error_required=_l("Select how school is going"),
    options=EMOJI_SCALE,
)

HEALTH = Question(
    id="health",
    kind=Kind.EMOJI,
    title=_l("How do you feel about your health?"),
    short_title=_l("Your health"),
    hint=_l("Think about how you sleep, eat and feel, in your body and your mind."),
    error_required=_l("Select how you feel about your health"),
    options=EMOJI_SCALE,
)

FRIENDS = Question(
    id="friends",
    kind=Kind.EMOJI,
    title=_l("How are things with your friends?"),
    short_title=_l("Friends"),
    error_required=_l("Select how things are with your friends"),
    options=EMOJI_SCALE,
)

FAMILY_TIME = Question(
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
)

SOCIAL_WORKER = Question(
    id="social_worker",
    kind=Kind.YES_NO,
    title=_l("Do you know how to get in touch with your social worker?"),
    short_title=_l("Getting in touch with your social worker"),
    error_required=_l("Select if you know how to get in touch with your social worker"),
    options=YES_NO_NOT_SURE,
)

GOING_WELL = Question(
    id="going_well",
    kind=Kind.TEXT,
    title=_l("What is going well for you?"),
    hint=SKIP_HINT,
    error_required=_l("Tell us what is going well for you"),
    optional=True,
    max_length=500,
)

WORRIES = Question(
    id="worries",
    kind=Kind.TEXT,
    title=_l("Is anything worrying you?"),
    hint=SKIP_HINT,
    error_required=_l("Tell us if anything is worrying you"),
    optional=True,
    max_length=500,
)

WANT_DISCUSSED = Question(
    id="want_discussed",
    kind=Kind.TEXT,
    title=_l("What do you want to talk about at your review?"),
    short_title=_l("What you want to talk about"),
    hint=_l("Your review is a meeting to check your plan is right for you. You can skip this. You can write up to 500 characters."),
    error_required=_l("Tell us what you want to talk about at your review"),
    optional=True,
    max_length=500,
)

HOPE_DECIDED = Question(
    id="hope_decided",
    kind=Kind.TEXT,
    title=_l("What do you hope will be decided?"),
    short_title=_l("What you hope will be decided"),
    hint=SKIP_HINT,
    error_required=_l("Tell us what you hope will be decided"),
    optional=True,
    max_length=500,
)

COME_TO_MEETING = Question(
    id="come_to_meeting",
    kind=Kind.CHOICE,
    title=_l("Do you want to come to your review meeting?"),
    short_title=_l("Coming to the meeting"),
    hint=_l("Your IRO runs the meeting. They check that your plan is right for you."),
    error_required=_l("Select if you want to come to your review meeting"),
    options=(
        Option("all", _l("Yes, all of it")),
        Option("part", _l("Yes, part of it")),
        Option("no", _l("No")),
        Option("not_sure", _l("Not sure")),
    ),
)

CHAIR = Question(
    id="chair",
    kind=Kind.CHOICE,
    title=_l("Would you like to run part of your meeting?"),
    short_title=_l("Running part of the meeting"),
    hint=_l("You could start the meeting, or lead one part of it. Your IRO will help you."),
    error_required=_l("Select if you would like to run part of your meeting"),
    options=(
        Option("yes", _l("Yes")),
        Option("maybe", _l("Maybe, I want to know more")),
        Option("no", _l("No")),
    ),
    show_if=ShowIf("come_to_meeting", ("all", "part", "not_sure")),
)


def invite(school: LazyString, personal_adviser: bool = False) -> Question:
    """Who the child would like at the meeting; a young person leaving care may also ask for their personal adviser."""
    adviser = (Option("personal_adviser", _l("Your personal adviser")),) if personal_adviser else ()
    return Question(
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
            *adviser,
            Option("school", school),
            Option("other", _l("Someone else"), other=True),
            Option("no_one", _l("No one else"), exclusive=True),
        ),
    )


INVITE = invite(_l("Someone from school"))


def where(school: LazyString) -> Question:
    """Where the child would like the meeting: "at school", or for older young people "at school or college"."""
    return Question(
        id="where",
        kind=Kind.CHOICE,
        title=_l("Where would you like your meeting to be?"),
        short_title=_l("Where the meeting is"),
        error_required=_l("Select where you would like your meeting to be"),
        options=(
            Option("home", _l("Where you live")),
            Option("school", school),
            Option("office", _l("At an office")),
            Option("video", _l("On a video call")),
            Option("no_preference", _l("I do not mind")),
        ),
    )


WHERE = where(_l("At school"))


def when(after: LazyString, hint: LazyString) -> Question:
    """When the child would like the meeting: never in school (or college, or work) time, so they do not miss it."""
    return Question(
        id="when",
        kind=Kind.CHOICE,
        title=_l("When would you like your meeting to be?"),
        short_title=_l("When the meeting is"),
        hint=hint,
        error_required=_l("Select when you would like your meeting to be"),
        options=(
            Option("after", after),
            Option("holidays", _l("In the holidays")),
            Option("no_preference", _l("I do not mind")),
        ),
    )


WHEN = when(_l("After school"), _l("It will not be when you are at school."))

NOT_IN_FRONT = Question(
    id="not_in_front",
    kind=Kind.YES_NO,
    title=_l("Is there anything you do not want to talk about in front of someone?"),
    short_title=_l("Things not to talk about in front of someone"),
    error_required=_l("Select if there is anything you do not want to talk about in front of someone"),
    options=YES_NO_NOT_SURE,
)

NOT_IN_FRONT_DETAILS = Question(
    id="not_in_front_details",
    kind=Kind.TEXT,
    title=_l("What do you not want to talk about, and in front of who?"),
    short_title=_l("What not to talk about, and in front of who"),
    hint=_l("You can skip this and tell your IRO on your own. You can write up to 500 characters."),
    error_required=_l("Tell us what you do not want to talk about, and in front of who"),
    optional=True,
    max_length=500,
    show_if=ShowIf("not_in_front", ("yes",)),
)

ADVOCATE = Question(
    id="advocate",
    kind=Kind.YES_NO,
    title=_l("Would you like an advocate?"),
    hint=_l("An advocate is someone who helps you say what you think. They are on your side."),
    error_required=_l("Select if you would like an advocate"),
    options=YES_NO_NOT_SURE,
)

TALK_FIRST = Question(
    id="talk_first",
    kind=Kind.YES_NO,
    title=_l("Would you like to talk to your IRO before the meeting?"),
    short_title=_l("Talk to your IRO first"),
    error_required=_l("Select if you would like to talk to your IRO first"),
    options=YES_NO_NOT_SURE,
)

TALK_HOW = Question(
    id="talk_how",
    kind=Kind.CHOICE,
    title=_l("How would you like to talk to your IRO?"),
    short_title=_l("How to talk to your IRO"),
    error_required=_l("Select how you would like to talk to your IRO"),
    options=(
        Option("in_person", _l("Meet them in person")),
        Option("phone", _l("A phone call")),
        Option("video", _l("A video call")),
        Option("text", _l("Text messages")),
    ),
    show_if=ShowIf("talk_first", ("yes",)),
)

ANYTHING_ELSE = Question(
    id="anything_else",
    kind=Kind.TEXT,
    title=_l("Is there anything else you want your IRO to know?"),
    short_title=_l("Anything else"),
    hint=SKIP_HINT,
    error_required=_l("Tell us what you want your IRO to know"),
    optional=True,
    max_length=500,
)
