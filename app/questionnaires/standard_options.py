"""Option sets shared by many questionnaires, so every face and word is the same everywhere."""

from flask_babel import lazy_gettext as _l

from app.questionnaires.definition import Option

EMOJI_SCALE = (
    Option("5", _l("Very happy"), "😄"),
    Option("4", _l("Happy"), "🙂"),
    Option("3", _l("OK"), "😐"),
    Option("2", _l("Sad"), "🙁"),
    Option("1", _l("Very sad"), "😢"),
)

YES_NO_NOT_SURE = (
    Option("yes", _l("Yes")),
    Option("no", _l("No")),
    Option("not_sure", _l("Not sure")),
)
