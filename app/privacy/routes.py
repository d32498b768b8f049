"""The privacy notices' pages, and the link the consultation's start page gives to the person's own notice."""

from datetime import date

from flask import render_template, url_for

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


def _notice_page(notice: Notice):
    def page():
        return render_template(f"privacy/{notice.endpoint}.html", controller=data_controller())

    return public(page)


# A page of its own for each notice, at an address naming it (privacy.adults is /privacy/adults).
for each in Notice:
    bp.add_url_rule(f"/{each.value}", endpoint=each.endpoint, view_func=_notice_page(each))


@bp.app_template_global()
def privacy_notice_url(questionnaire: Questionnaire, child: Child) -> str:
    """The address of the privacy notice for whoever answers this questionnaire about this child."""
    return url_for(f"privacy.{for_consultation(questionnaire, child, date.today()).endpoint}")
