"""Which language a page is shown in: the child's own on their pages, else the browser's choice."""

from flask import Flask, current_app, g, has_request_context, request

from app.extensions import babel


def select_locale() -> str:
    languages = current_app.config["LANGUAGES"]
    chosen = g.get("locale")
    if chosen in languages:
        return chosen
    browser_choice = request.accept_languages.best_match(languages) if has_request_context() else None
    return browser_choice or current_app.config["BABEL_DEFAULT_LOCALE"]


def init_app(app: Flask) -> None:
    babel.init_app(app, locale_selector=select_locale, default_translation_directories="../translations")
