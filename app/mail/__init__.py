"""Email: an SMTP backend (MAIL_SERVER set), or a console backend that prints the message in development."""

import smtplib
import sys
from email.message import EmailMessage

from flask import current_app


class EmailNotSent(Exception):
    """The mail server could not be reached or refused the message."""


class EmailSender:
    """Sends one plain-text email through the configured backend."""

    def __init__(self, config):
        self.server = config.get("MAIL_SERVER") or ""
        self.port = int(config.get("MAIL_PORT") or 25)
        self.sender = config.get("MAIL_FROM") or "no-reply@localhost"
        self.username = config.get("MAIL_USERNAME") or ""
        self.password = config.get("MAIL_PASSWORD") or ""
        self.use_tls = bool(config.get("MAIL_USE_TLS"))
        self.console = not self.server

    @classmethod
    def from_app(cls) -> "EmailSender":
        return cls(current_app.config)

    def message(self, to: str, subject: str, body: str) -> EmailMessage:
        message = EmailMessage()
        message["From"] = self.sender
        message["To"] = to
        message["Subject"] = subject
        message.set_content(body)
        return message

    def send(self, to: str, subject: str, body: str) -> None:
        message = self.message(to, subject, body)
        if self.console:
            print(f"--- email (console backend) ---\n{message}", file=sys.stderr)
            return
        try:
            with smtplib.SMTP(self.server, self.port, timeout=10) as smtp:
                if self.use_tls:
                    smtp.starttls()
                if self.username:
                    smtp.login(self.username, self.password)
                smtp.send_message(message)
        except (OSError, smtplib.SMTPException) as error:
            raise EmailNotSent(str(error)) from error
