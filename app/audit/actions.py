"""Every action the audit trail records: the code stored for it, and beside it the words pages show for it."""

from enum import StrEnum

from flask_babel import lazy_gettext as _l
from flask_babel.speaklater import LazyString


class Action(StrEnum):
    """What someone did. A page shows "<who> <label>", e.g. "Sam Jones looked at this record"."""

    label: LazyString

    def __new__(cls, code: str, label: LazyString) -> "Action":
        action = str.__new__(cls, code)
        action._value_ = code
        action.label = label
        return action

    VIEWED_CHILD = "viewed_child", _l("looked at this record")
    VIEWED_ANSWERS = "viewed_answers", _l("read views")
    MARKED_READ = "marked_read", _l("marked views as read")
    ACCESS_REFUSED = "access_refused", _l("was refused access")
    CHOSE_VERSION = "chose_version", _l("chose the version of the consultation")
    PRINTED_SUMMARY = "printed_summary", _l("printed the summary")
    REALLOCATED = "reallocated", _l("allocated the child to a new IRO")
    RECORDED_REVIEW = "recorded_review", _l("recorded a review as held")
    BOOKED_MEETING = "booked_meeting", _l("booked the review meeting")
    CHANGED_MEETING = "changed_meeting", _l("changed the review meeting")
    REPLIED_TO_CHILD = "replied_to_child", _l("wrote to the child")
    HANDLED_URGENT = "handled_urgent", _l("recorded what was done about an urgent flag")
    RAISED_URGENT = "raised_urgent", _l("raised an urgent flag")
    ACKNOWLEDGED_URGENT = "acknowledged_urgent", _l("acknowledged an urgent flag")
    ESCALATED_URGENT = "escalated_urgent", _l("told every manager of an urgent flag nobody acknowledged in time")
    TOLD_OUT_OF_HOURS = "told_out_of_hours", _l("told the out-of-hours contact of an urgent flag")
    RAISED_CHECK_IN = "raised_check_in", _l("raised a flag to check in with the child")
    CHECKED_IN = "checked_in", _l("checked in with the child")
    SENT_EMAIL_INVITATION = "sent_email_invitation", _l("sent an invitation by email")
    PRINTED_LETTER = "printed_letter", _l("printed an invitation letter")
    REVOKED_INVITATION = "revoked_invitation", _l("revoked an invitation link")
    ADDED_CONTACT = "added_contact", _l("added a parent, carer or professional")
    REMOVED_CONTACT = "removed_contact", _l("removed a parent, carer or professional")
    VIEWED_FEEDBACK = "viewed_feedback", _l("read feedback")
    SENT_TEXT_INVITATION = "sent_text_invitation", _l("sent an invitation by text")
    SENT_TEXT_AGAIN = "sent_text_again", _l("sent a text again")
    SENT_EMAIL_AGAIN = "sent_email_again", _l("sent an email again")
    IMPORTED_STAFF = "imported_staff", _l("imported staff accounts")
    IMPORTED_CHILDREN = "imported_children", _l("imported children")
    IMPORTED_REVIEWS = "imported_reviews", _l("imported reviews")
    VIEWED_ANNUAL_REPORT = "viewed_annual_report", _l("looked at the annual report")
    EXPORTED_ANNUAL_REPORT = "exported_annual_report", _l("exported the annual report's figures")
    EXPORTED_REVIEW = "exported_review", _l("downloaded a review's views for the case record")
    DELETED_AFTER_RETENTION = "deleted_after_retention", _l("deleted a review's views here, kept in the case record")
    # A subject access request: the detail is the request's reference (and which person on the record, for an adult).
    SUBJECT_ACCESS_CHILD = "subject_access_child", _l("downloaded everything held about the child for a subject access request")
    SUBJECT_ACCESS_CONTACT = "subject_access_contact", _l(
        "downloaded everything held about a parent, carer or professional for a subject access request"
    )
    # A member of staff's own account, and the accounts administrators look after.
    SIGNED_IN = "signed_in", _l("signed in")
    SIGNED_OUT = "signed_out", _l("signed out")
    SIGN_IN_FAILED = "sign_in_failed", _l("entered a wrong password")
    TWO_FACTOR_FAILED = "two_factor_failed", _l("entered a wrong two-factor code")
    LOCKED = "locked", _l("was locked out after 10 wrong passwords or codes")
    UNLOCKED = "unlocked", _l("unlocked their account with a new password")
    ACCEPTED_INVITATION = "accepted_invitation", _l("accepted their invitation and chose a password")
    ENROLLED_TWO_FACTOR = "enrolled_two_factor", _l("set up two-factor sign-in")
    ASKED_FOR_RESET = "asked_for_reset", _l("asked for a password reset link")
    RESET_PASSWORD = "reset_password", _l("reset their password")
    CHANGED_PASSWORD = "changed_password", _l("changed their password")
    SIGNED_OUT_ELSEWHERE = "signed_out_elsewhere", _l("signed out on every other device")
    NEW_RECOVERY_CODES = "new_recovery_codes", _l("made new recovery codes")
    INVITED_STAFF = "invited_staff", _l("sent an invitation to")
    CHANGED_ROLE = "changed_role", _l("changed the role of")
    DEACTIVATED_STAFF = "deactivated_staff", _l("deactivated the account of")
    REACTIVATED_STAFF = "reactivated_staff", _l("reactivated the account of")
    RESET_TWO_FACTOR = "reset_two_factor", _l("reset the two-factor sign-in of")
    REFUSED_BY_ROLE = "refused_by_role", _l("was refused a page their role does not allow")
    REFUSED_ACCOUNT_CHANGE = "refused_account_change", _l("was refused a change to an account")


# What each kind of file an import takes records when it is imported.
IMPORTED = {"staff": Action.IMPORTED_STAFF, "children": Action.IMPORTED_CHILDREN, "reviews": Action.IMPORTED_REVIEWS}


def label_of(code: str) -> str:
    """The words for an action as the trail stored it."""
    return str(Action(code).label)
