"""Every message an import can give, in one place, so the CLI, the page and the tests say the same thing."""

from flask_babel import lazy_gettext as _l

# About the file as a whole.
EMPTY = _l("The file is empty")
TOO_LARGE = _l("The file is larger than %(size)s: split it into smaller files")
NOT_UTF8 = _l("The file is not UTF-8 text (line %(line)s): save it from your spreadsheet as ‘CSV UTF-8’ and try again")
NOT_CSV = _l("The file could not be read as CSV (line %(line)s): check its quotation marks")
MISSING_COLUMNS = _l("The first line must name the columns %(expected)s: the file has no %(missing)s")
EXTRA_COLUMNS = _l("The first line names columns this import does not use: %(extra)s")
REPEATED_COLUMN = _l("The first line names the column %(column)s more than once")
NO_ROWS = _l("The file has no rows under its first line")

# About one row. Shown after "Line 7:".
LINE = _l("Line %(line)s: %(message)s")
WRONG_WIDTH = _l("has %(found)s values, but the first line names %(expected)s columns")
REQUIRED = _l("%(column)s is empty")
TOO_LONG = _l("%(column)s is longer than %(max)s characters")
NOT_A_DATE = _l("%(column)s ‘%(value)s’ is not a date written YYYY-MM-DD, like 2015-03-27")
IN_THE_FUTURE = _l("%(column)s %(value)s is in the future")
REPEATED = _l("%(column)s %(value)s is also on line %(line)s")

NOT_AN_EMAIL = _l("email ‘%(value)s’ is not an email address")
NOT_A_ROLE = _l("role ‘%(value)s’ is not one of iro, manager, admin")
ROLE_NOT_CHANGED = _l("%(email)s already has an account as %(role)s: an import never changes a role (change it on the staff accounts page)")
NOT_A_MANAGER_MAKER = _l("role manager: only a manager can make a manager's account (on the staff accounts page)")

NOT_AN_IRO = _l("iro_email %(value)s is not the email of an IRO here: import them as staff with the role iro first")
NOT_A_MOBILE = _l("mobile ‘%(value)s’ is not a mobile number")
NOT_A_LANGUAGE = _l("language ‘%(value)s’ is not one we support: use %(supported)s")
CARE_BEFORE_BIRTH = _l("looked_after_since is before date_of_birth")

NOT_A_CHILD = _l("child_ref %(value)s is not a child here: import the children first")
HELD_WITHOUT_CODE = _l("held_on and participation_code go together: give both for a review that was held, or leave both empty")
NOT_A_CODE = _l("participation_code ‘%(value)s’ is not one of PN0 to PN7")
# The same words as the form for recording a review as held (app/staff/reviews.py).
PN0_ONLY_UNDER_4 = _l("PN0 is for a child under 4 on the day of the review, and only for them")
