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
    flags.TEXTED: _l("They sent a text whose words may mean they are not safe"),
}

AUDIT_ACTIONS = {
    "viewed_child": _l("looked at this record"),
    "viewed_answers": _l("read views"),
    "marked_read": _l("marked views as read"),
    "access_refused": _l("was refused access"),
    "chose_version": _l("chose the version of the consultation"),
    "printed_summary": _l("printed the summary"),
    "reallocated": _l("allocated the child to a new IRO"),
    "recorded_review": _l("recorded a review as held"),
    "replied_to_child": _l("wrote to the child"),
    "handled_urgent": _l("recorded what was done about an urgent flag"),
    "sent_email_invitation": _l("sent an invitation by email"),
    "printed_letter": _l("printed an invitation letter"),
    "revoked_invitation": _l("revoked an invitation link"),
    "added_contact": _l("added a parent or carer"),
    "removed_contact": _l("removed a parent or carer"),
}

CHANNEL_NAMES = {
    "web": _l("Web link"),
    "sms": _l("Text"),
    "email": _l("Email"),
    "letter": _l("Letter"),
}
