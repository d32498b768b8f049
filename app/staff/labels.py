"""How the workspace names who answered and why something is urgent."""

from flask_babel import lazy_gettext as _l

from app.models import Respondent
from app.safeguarding import flags

RESPONDENT_NAMES = {
    Respondent.CHILD: _l("Child"),
    Respondent.PARENT: _l("Parent"),
    Respondent.CARER: _l("Carer"),
    Respondent.PROFESSIONAL: _l("Professional"),
}

URGENT_REASONS = {
    flags.ANSWER: _l("An answer says they may not be safe"),
    flags.WORDS: _l("Their words may mean they are not safe"),
    flags.ASKED: _l("They pressed “I don't feel safe”"),
}
