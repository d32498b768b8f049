"""Getting help: the "I don't feel safe" button and the "Get help now" page.

The button works at every point — before the first answer, between answers and after sending — because a
child may only feel able to say it once they have sent everything. The page says the IRO will see what
they told us only when a flag (urgent, or to check in) is really open for them to see; otherwise it says how to get help.
Children get children's help (Childline, Shout); parents, carers and professionals get adults' help (the
NSPCC helpline), and everyone gets 999 and the IRO service.
"""

from flask import g, redirect, render_template, request, url_for
from flask_wtf import FlaskForm

from app.auth.access import public
from app.consult import bp
from app.consult.loading import opened_invitation
from app.consult.routes import _context
from app.extensions import db
from app.invitations.people import language_of
from app.models import Invitation
from app.questionnaires.respondents import by_a_child
from app.safeguarding import flags
from app.submissions import progress


def _opened_invitation() -> Invitation | None:
    """The invitation this browser opened, even if it has since expired or been revoked: whoever holds it may
    still need help, and a flag on it still reaches the child's IRO."""
    invitation = opened_invitation()
    if invitation is not None:
        g.locale = language_of(invitation)
    return invitation


def _flag_is_open(invitation: Invitation) -> bool:
    submission = invitation.submission
    return submission is not None and (submission.urgent_open or submission.check_in_open)


def _back(default: str) -> str:
    # Only paths inside the consultation: never an address someone else put in a link.
    wanted = request.args.get("next", "")
    return wanted if wanted.startswith("/consultation") and not wanted.startswith("//") else default


@bp.route("/consultation/get-help")
@public
def help_now():
    invitation = _opened_invitation()
    if invitation is None:
        return redirect(url_for("pages.help"))
    return render_template(
        "consult/help.html" if by_a_child(invitation) else "consult/help_adult.html",
        next_url=_back(url_for(".start")),
        told_iro=_flag_is_open(invitation),
        sent=progress.is_sent(invitation),
        **_context(invitation),
    )


@bp.route("/consultation/not-safe", methods=["POST"])
@public
def not_safe():
    """The "I don't feel safe" button on every child page: flag at once, then show where to get help."""
    invitation = _opened_invitation()
    if invitation is not None and FlaskForm().validate_on_submit():
        flags.raise_flag(progress.submission_for(invitation), flags.ASKED)
        db.session.commit()
    next_url = request.form.get("next", "")
    return redirect(url_for(".help_now", next=next_url) if invitation is not None else url_for("pages.help"))
