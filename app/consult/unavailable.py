"""When the database cannot be reached: the question page again with what the child typed, and a calm word."""

from flask import g, redirect, render_template, request, session, url_for
from sqlalchemy.exc import InterfaceError, OperationalError

from app import errors
from app.consult import bp
from app.consult.rendering import field_params
from app.definitions.questionnaire import Audience
from app.models import Invitation
from app.questionnaires import registry
from app.questionnaires.form_builder import build_form

# "Get help now" and "I don't feel safe": without the database no flag can be raised, but help can still be given.
HELP = ("consult.help_now", "consult.not_safe")
# The session key for what the question page needs without the database: the questionnaire and the language.
KEPT = "consultation"


def remember(invitation: Invitation, language: str) -> None:
    """Keep in the browser's session what the question page needs when the database cannot be reached."""
    kept = {"questionnaire": invitation.questionnaire, "language": language}
    if session.get(KEPT) != kept:
        session[KEPT] = kept


@bp.errorhandler(OperationalError)
@bp.errorhandler(InterfaceError)
def database_unavailable(error: Exception):
    kept = session.get(KEPT) or {}
    g.locale = kept.get("language")
    if request.endpoint in HELP:
        errors.forget_database_work()
        return redirect(url_for("pages.help"), 303)
    questionnaire = registry.QUESTIONNAIRES.get(kept.get("questionnaire"))
    current = questionnaire.question(request.view_args.get("question_id", "")) if questionnaire else None
    if request.endpoint != "consult.question" or request.method != "POST" or current is None:
        return errors.database_unavailable(error)
    errors.forget_database_work()
    form = build_form(current)  # filled from what was sent: the answer as typed, not yet saved
    page = render_template(
        "errors/answer_not_saved.html",
        form=form,
        question=current,
        field=field_params(current, form, questionnaire.pictures),
        errors=[],
        form_has_errors=False,
        back_url=url_for(".start"),
        questionnaire=questionnaire,
        for_child=questionnaire.audience is Audience.CHILD,
        pictures=questionnaire.pictures,
    )
    return page, 503, {"Retry-After": str(errors.RETRY_AFTER_SECONDS)}
