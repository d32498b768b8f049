"""Text providers, each in its own module mapping its vocabulary to ours: Twilio in production, the console in
development."""

from flask import current_app

from app.messaging.providers import twilio
from app.messaging.providers.base import SmsClient
from app.messaging.providers.console import ConsoleSmsClient


def from_config(config) -> SmsClient:
    """Twilio when its credentials are set, otherwise the console."""
    return twilio.client_from_config(config) or ConsoleSmsClient()


def current_client() -> SmsClient:
    return current_app.extensions["sms_client"]
