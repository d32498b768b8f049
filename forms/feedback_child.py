"""The picture version of the feedback, for children under 9 (or older, when their IRO chose the picture version).

Like the "Listen to Me" consultation (forms/child_4_7.py): a picture for every answer, short words, read aloud.
The question ids are the young person's (forms/feedback_young_person.py), so the annual report counts these
answers with theirs: keep them stable.
"""

from flask_babel import lazy_gettext as _l

from app.definitions.questionnaire import Audience, Kind, Option, Purpose, Question, Questionnaire

YES_A_BIT_NO = (
    Option("yes", _l("Yes"), picture="thumb-up", picture_alt=_l("Thumb pointing up")),
    Option("a_bit", _l("A bit"), picture="face-ok", picture_alt=_l("A face with a straight mouth")),
    Option("no", _l("No"), picture="thumb-down", picture_alt=_l("Thumb pointing down")),
)

QUESTIONNAIRE = Questionnaire(
    id="feedback_child",
    title=_l("Tell us about your review"),
    name=_l("Feedback, child (pictures)"),
    audience=Audience.CHILD,
    purpose=Purpose.FEEDBACK,
    ages=(4, 8),
    pictures=True,
    questions=(
        Question(
            id="welcomed",
            kind=Kind.CHOICE,
            title=_l("Was your IRO kind to you?"),
            short_title=_l("Your IRO was kind"),
            error_required=_l("Pick if your IRO was kind to you"),
            options=YES_A_BIT_NO,
            picture="star",
        ),
        Question(
            id="understood_discussion",
            kind=Kind.CHOICE,
            title=_l("Did you know what people talked about?"),
            short_title=_l("What people talked about"),
            error_required=_l("Pick if you knew what people talked about"),
            options=YES_A_BIT_NO,
            picture="meeting",
        ),
        Question(
            id="involved",
            kind=Kind.CHOICE,
            title=_l("Did people listen to you?"),
            short_title=_l("People listened"),
            error_required=_l("Pick if people listened to you"),
            options=YES_A_BIT_NO,
            picture="speech-bubble",
        ),
        Question(
            id="understood_decisions",
            kind=Kind.CHOICE,
            title=_l("Do you know what will happen next?"),
            short_title=_l("What happens next"),
            error_required=_l("Pick if you know what will happen next"),
            options=YES_A_BIT_NO,
            picture="home",
        ),
        Question(
            id="comments",
            kind=Kind.TEXT,
            title=_l("Is there something else you want to tell us?"),
            short_title=_l("Something else"),
            hint=_l("A grown-up can help you write. You can skip this. You can write up to 500 characters."),
            error_required=_l("Tell us about your review"),
            optional=True,
            max_length=500,
            picture="speech-bubble",
        ),
    ),
)
