"""Sending texts and emails: the text providers, phone numbers, the outbox and the worker that empties it."""

from flask import Flask

from app.config import adopt_renamed_settings
from app.messaging import commands, providers


def init_app(app: Flask) -> None:
    adopt_renamed_settings(app.config)
    app.extensions["sms_client"] = providers.from_config(app.config)
    app.cli.add_command(commands.outbox)
    app.cli.add_command(commands.sms)
