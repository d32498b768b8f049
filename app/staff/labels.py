"""How the workspace names who answered and why something is urgent."""

from flask_babel import lazy_gettext as _l

from app.models import ProfessionalKind, Respondent
from app.safeguarding import flags

RESPONDENT_NAMES = {
    Respondent.CHILD: _l("Child"),
    Respondent.PARENT: _l("Parent"),
    Respondent.CARER: _l("Carer"),
    Respondent.PROFESSIONAL: _l("Professional"),
}

PROFESSIONAL_KINDS = {
    ProfessionalKind.SOCIAL_WORKER: _l("Social worker"),
    ProfessionalKind.SCHOOL: _l("School"),
    ProfessionalKind.HEALTH: _l("Health"),
    ProfessionalKind.ADVOCATE: _l("Advocate"),
}

URGENT_REASONS = {
    flags.ANSWER: _l("An answer says they may not be safe"),
    flags.WORDS: _l("Their words may mean they are not safe"),
    flags.ASKED: _l("They pressed “I don't feel safe”"),
    flags.TEXTED: _l("They sent a text whose words may mean they are not safe"),
}

CHANNEL_NAMES = {
    "web": _l("Web link"),
    "sms": _l("Text"),
    "email": _l("Email"),
    "letter": _l("Letter"),
}
