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

AUDIT_ACTIONS = {
    "viewed_child": _l("looked at this record"),
    "viewed_answers": _l("read views"),
    "marked_read": _l("marked views as read"),
    "access_refused": _l("was refused access"),
    "chose_version": _l("chose the version of the consultation"),
    "printed_summary": _l("printed the summary"),
    "reallocated": _l("allocated the child to a new IRO"),
    "recorded_review": _l("recorded a review as held"),
    "booked_meeting": _l("booked the review meeting"),
    "changed_meeting": _l("changed the review meeting"),
    "replied_to_child": _l("wrote to the child"),
    "handled_urgent": _l("recorded what was done about an urgent flag"),
    "raised_urgent": _l("raised an urgent flag"),
    "acknowledged_urgent": _l("acknowledged an urgent flag"),
    "escalated_urgent": _l("told every manager of an urgent flag nobody acknowledged in time"),
    "told_out_of_hours": _l("told the out-of-hours contact of an urgent flag"),
    "raised_check_in": _l("raised a flag to check in with the child"),
    "checked_in": _l("checked in with the child"),
    "sent_email_invitation": _l("sent an invitation by email"),
    "printed_letter": _l("printed an invitation letter"),
    "revoked_invitation": _l("revoked an invitation link"),
    "added_contact": _l("added a parent, carer or professional"),
    "removed_contact": _l("removed a parent, carer or professional"),
    "viewed_feedback": _l("read feedback"),
    "sent_text_invitation": _l("sent an invitation by text"),
    "sent_text_again": _l("sent a text again"),
    "sent_email_again": _l("sent an email again"),
    "imported_staff": _l("imported staff accounts"),
    "imported_children": _l("imported children"),
    "imported_reviews": _l("imported reviews"),
    # A member of staff's own account, and the accounts administrators look after.
    "signed_in": _l("signed in"),
    "signed_out": _l("signed out"),
    "sign_in_failed": _l("entered a wrong password"),
    "two_factor_failed": _l("entered a wrong two-factor code"),
    "locked": _l("was locked out after 10 wrong passwords or codes"),
    "unlocked": _l("unlocked their account with a new password"),
    "accepted_invitation": _l("accepted their invitation and chose a password"),
    "enrolled_two_factor": _l("set up two-factor sign-in"),
    "asked_for_reset": _l("asked for a password reset link"),
    "reset_password": _l("reset their password"),
    "changed_password": _l("changed their password"),
    "signed_out_elsewhere": _l("signed out on every other device"),
    "new_recovery_codes": _l("made new recovery codes"),
    "invited_staff": _l("sent an invitation to"),
    "changed_role": _l("changed the role of"),
    "deactivated_staff": _l("deactivated the account of"),
    "reactivated_staff": _l("reactivated the account of"),
    "reset_two_factor": _l("reset the two-factor sign-in of"),
    "refused_by_role": _l("was refused a page their role does not allow"),
    "refused_account_change": _l("was refused a change to an account"),
}
