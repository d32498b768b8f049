"""Options and questions shared by many questionnaires, so every face and word is the same everywhere."""

from flask_babel import lazy_gettext as _l

from app.definitions.questionnaire import Kind, Option, Question

# Faces drawn as pictures (app/static/src/pictures/face-*.svg), never emoji characters, which a phone without an
# emoji font shows as empty boxes.
EMOJI_SCALE = (
    Option("5", _l("Very happy"), picture="face-very-happy", picture_alt=_l("A face with a big smile")),
    Option("4", _l("Happy"), picture="face-happy", picture_alt=_l("A smiling face")),
    Option("3", _l("OK"), picture="face-ok", picture_alt=_l("A face with a straight mouth")),
    Option("2", _l("Sad"), picture="face-sad", picture_alt=_l("A sad face")),
    Option("1", _l("Very sad"), picture="face-very-sad", picture_alt=_l("A crying face")),
)

YES_NO_NOT_SURE = (
    Option("yes", _l("Yes"), picture="thumb-up", picture_alt=_l("Thumb pointing up")),
    Option("no", _l("No"), picture="thumb-down", picture_alt=_l("Thumb pointing down")),
    Option("not_sure", _l("Not sure"), picture="question-mark", picture_alt=_l("A question mark")),
)
# "Do you feel safe?": "No" raises an urgent flag. "Not sure" is often how a child who is not safe first says
# so, so it raises the lower flag, asking the IRO to check in with them (docs/safeguarding.md).
NOT_SAFE = ("no",)
NOT_SURE_IF_SAFE = ("not_sure",)

# Feedback after a review: "% who agreed of those who answered"; "does not apply" is left out of the sum.
AGREE_SCALE = (
    Option("agree", _l("Agree")),
    Option("neither", _l("Neither agree nor disagree")),
    Option("disagree", _l("Disagree")),
    Option("not_apply", _l("Does not apply")),
)

# Young people's feedback: the same three-way split in plainer words.
YES_A_BIT_NO = (
    Option("yes", _l("Yes")),
    Option("a_bit", _l("A bit")),
    Option("no", _l("No")),
)

# Positive answers, for the annual report's "% positive" figures.
POSITIVE_VALUES = frozenset({"agree", "yes", "5", "4"})


def share_words(pictures: bool = False) -> Question:
    """The child's choice: may the IRO share their words at the review? The words versions ask it first. The picture
    version asks it last, in small words, once the child has said what they want to say (forms/child_4_7.py)."""
    if pictures:
        return Question(
            id="share_words",
            kind=Kind.CHOICE,
            title=_l("Can your IRO tell the people at your meeting what you said?"),
            short_title=_l("Sharing your words"),
            hint=_l("If someone is not safe, your IRO must tell a grown-up who can help."),
            error_required=_l("Select if your IRO can tell people what you said"),
            picture="speech-bubble",
            options=(
                Option("yes", _l("Yes"), picture="thumb-up", picture_alt=_l("Thumb pointing up")),
                Option("ask_first", _l("Ask me first"), picture="question-mark", picture_alt=_l("A question mark")),
            ),
        )
    return Question(
        id="share_words",
        kind=Kind.CHOICE,
        title=_l("Can your IRO share what you say at your review?"),
        short_title=_l("Sharing your words"),
        hint=_l("Your IRO will still keep you safe. If you say someone is not safe, they must tell someone who can help."),
        error_required=_l("Select if your IRO can share what you say"),
        options=(Option("yes", _l("Yes, they can share it")), Option("ask_first", _l("Ask me first"))),
    )
