"""What the adults' questionnaires share: the title and the "coming to the review" page of the parents' and the
carers' consultations, and the hint on every free-text page an adult may skip."""

from flask_babel import lazy_gettext as _l

from app.definitions.questionnaire import Kind, Option, Question

TITLE = _l("Your views before the review")

SKIP_HINT = _l("You can skip this question. You can write up to 1000 characters.")

ATTENDING = Question(
    id="attending",
    kind=Kind.CHOICE,
    title=_l("Will you come to the review?"),
    short_title=_l("Coming to the review"),
    error_required=_l("Select if you will come to the review"),
    options=(
        Option("in_person", _l("Yes, in person")),
        Option("remote", _l("Yes, by phone or video call")),
        Option("no", _l("No")),
        Option("not_sure", _l("I do not know yet")),
    ),
)
