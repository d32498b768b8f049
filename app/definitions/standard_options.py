"""Options and questions shared by many questionnaires, so every face and word is the same everywhere."""

from flask_babel import lazy_gettext as _l

from app.definitions.questionnaire import Kind, Option, Question

EMOJI_SCALE = (
    Option("5", _l("Very happy"), "😄", "face-very-happy", _l("A face with a big smile")),
    Option("4", _l("Happy"), "🙂", "face-happy", _l("A smiling face")),
    Option("3", _l("OK"), "😐", "face-ok", _l("A face with a straight mouth")),
    Option("2", _l("Sad"), "🙁", "face-sad", _l("A sad face")),
    Option("1", _l("Very sad"), "😢", "face-very-sad", _l("A crying face")),
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
    """The child's choice, asked first in every child version: may the IRO share their words at the review?"""
    return Question(
        id="share_words",
        kind=Kind.CHOICE,
        title=_l("Can your IRO share what you say at your review?"),
        short_title=_l("Sharing your words"),
        hint=_l("Your IRO will still keep you safe. If you say someone is not safe, they must tell someone who can help."),
        error_required=_l("Select if your IRO can share what you say"),
        picture="speech-bubble" if pictures else "",
        options=(
            Option("yes", _l("Yes, they can share it"), picture="thumb-up" if pictures else "",
                   picture_alt=_l("Thumb pointing up") if pictures else None),
            Option("ask_first", _l("Ask me first"), picture="question-mark" if pictures else "",
                   picture_alt=_l("A question mark") if pictures else None),
        ),
    )
