"""Sending texts: a provider client, phone numbers, the outbox and the worker that empties it."""

from flask import Flask

from app.messaging import client, worker


def init_app(app: Flask) -> None:
    app.extensions["sms_client"] = client.from_config(app.config)
    app.cli.add_command(worker.sms)
    app.cli.add_command(worker.outbox)
