"""Limits on guessing: how often one address, or one account, may try a password, a code or a reset.

Counts live in Redis when REDIS_URL is set (shared by every app server), otherwise in this process's memory.
If Redis cannot be reached the site stays up: the error is logged and the request goes ahead (fail open).
"""

from flask import Flask, current_app, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

limiter = Limiter(key_func=get_remote_address)


def configured(setting: str):
    """A limit read from the configuration when the request comes, so each deployment (and test) may set it."""
    return lambda: current_app.config[setting]


def form_value(name: str, prefix: str):
    """A key for a limit per account: the value a form posts (say, the email typed), so every address counts."""

    def key() -> str:
        return f"{prefix}:{request.form.get(name, '')[:254].strip().lower()}"

    return key


def init_app(app: Flask) -> None:
    limiter.init_app(app)
