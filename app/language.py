"""Which language a page is shown in, and the language links on every page that change it.

A consultation page is in its invitation's language (app/consult sets g.locale from it); any other page is in the
signed-in member of staff's own choice, else the choice made with the language links, else the browser's.

A language link is a plain link to the same address with `?language=<code>`, so it works without JavaScript. The
choice is kept in the session, and on the invitation on a consultation page (its texts and emails follow it too) or
on the staff member's account when signed in; then the same page is shown again at its own address. An unknown code
changes nothing."""

from urllib.parse import quote, urlencode

from flask import Flask, current_app, g, has_request_context, redirect, request, session
from flask_babel import get_locale
from flask_login import current_user

from app.consult.loading import opened_invitation
from app.extensions import babel, db
from app.languages import direction, own_name, supported

PARAMETER = "language"  # in a language link's address
CHOSEN = "language"  # in the session: the choice made on a page that is not a consultation's or a staff member's


def select_locale() -> str:
    if supported(g.get("locale")):
        return g.locale
    if has_request_context():
        for choice in (_staff_choice(), session.get(CHOSEN)):
            if supported(choice):
                return choice
        browser_choice = request.accept_languages.best_match(current_app.config["LANGUAGES"])
        if browser_choice:
            return browser_choice
    return current_app.config["BABEL_DEFAULT_LOCALE"]


def _staff_choice() -> str | None:
    return current_user.language if current_user.is_authenticated else None


def _address(query: list[tuple[str, str]]) -> str:
    """This page's address with this query. A path is never let start with "//", which would name another site."""
    path = quote(request.script_root + "/" + request.path.lstrip("/"), safe="/;:@&=+$,!~*'()")
    return f"{path}?{urlencode(query)}" if query else path


def _query_without_choice() -> list[tuple[str, str]]:
    return [(key, value) for key, value in request.args.items(multi=True) if key != PARAMETER]


def _keep_choice(language: str) -> None:
    session[CHOSEN] = language
    if request.blueprint == "consult":
        invitation = opened_invitation()
        if invitation is not None:
            invitation.language = language
    elif current_user.is_authenticated:
        current_user.language = language
    db.session.commit()


def choose_language():
    """A language link was followed: keep the choice, and show the same page again without it in the address."""
    if PARAMETER not in request.args or request.method not in ("GET", "HEAD"):
        return None
    choice = request.args.get(PARAMETER)
    if supported(choice):
        _keep_choice(choice)
    return redirect(_address(_query_without_choice()), 303)


def language_links() -> list[dict]:
    """The language links for this page: each language by its own name, the page's own marked current."""
    shown_in = str(get_locale())
    query = _query_without_choice()
    return [
        {
            "code": code,
            "name": own_name(code),
            "dir": direction(code),
            "href": _address([*query, (PARAMETER, code)]),
            "current": code == shown_in,
        }
        for code in current_app.config["LANGUAGES"]
    ]


def _page_language() -> dict:
    shown_in = str(get_locale())
    return {"current_locale": shown_in, "page_direction": direction(shown_in)}


def init_app(app: Flask) -> None:
    babel.init_app(app, locale_selector=select_locale, default_translation_directories="../translations")
    app.before_request(choose_language)
    app.context_processor(_page_language)
    app.jinja_env.globals["language_links"] = language_links
