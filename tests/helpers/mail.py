"""Emails as a real SMTP server on this machine received them."""

import email
import re
import socket
from email import policy
from urllib.parse import urlsplit


def emails_to(smtp_server, address: str) -> list:
    return [message for recipients, message in smtp_server.messages if address in recipients]


def body(message) -> str:
    return message.get_content()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Collect:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.rcpt_tos, email.message_from_bytes(envelope.content, policy=policy.default)))
        return "250 Message accepted for delivery"


def email_link(message) -> str:
    return urlsplit(re.search(r"https://\S+/c/\S+", message.get_content()).group(0)).path
