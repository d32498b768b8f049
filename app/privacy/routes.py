"""The privacy notices' pages, and the link the consultation's start page gives to the person's own notice."""

from datetime import date

from flask import abort, render_template, url_for

from app.auth.access import public
from app.definitions.questionnaire import Questionnaire
from app.models import Child
from app.privacy import bp
from app.privacy.controller import data_controller
from app.privacy.notices import TITLES, Notice, for_consultation


@bp.route("")
@public
def index():
    return render_template("privacy/index.html", notices=TITLES)


@bp.route("/<notice>")
@public
def notice(notice: str):
    if notice not in Notice._value2member_map_:
        abort(404)
    return render_template(f"privacy/{Notice(notice).name.lower()}.html", controller=data_controller())


@bp.app_template_global()
def privacy_notice_url(questionnaire: Questionnaire, child: Child) -> str:
    """The address of the privacy notice for whoever answers this questionnaire about this child."""
    return url_for("privacy.notice", notice=for_consultation(questionnaire, child, date.today()).value)
