"""Secret links never reach a log: the access log (the development server's, or gunicorn's) would otherwise
record every child's invitation token and every staff invitation or reset link that was opened."""

import logging
import re

from flask import Flask

# /c/<token>, /staff/set-up/<token>, /staff/reset-password/<token>: the part after the prefix is a secret.
SECRET_PATH = re.compile(r"(/c/|/staff/set-up/|/staff/reset-password/)[^\s/?\"']+")
ACCESS_LOGGERS = ("werkzeug", "gunicorn.access")


def mask(text: str) -> str:
    return SECRET_PATH.sub(r"\1[hidden]", text)


class HideSecretLinks(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = mask(str(record.msg))
        if isinstance(record.args, tuple):
            record.args = tuple(mask(arg) if isinstance(arg, str) else arg for arg in record.args)
        elif isinstance(record.args, dict):
            record.args = {key: mask(value) if isinstance(value, str) else value for key, value in record.args.items()}
        return True


def init_app(app: Flask) -> None:
    for name in ACCESS_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(existing, HideSecretLinks) for existing in logger.filters):
            logger.addFilter(HideSecretLinks())
