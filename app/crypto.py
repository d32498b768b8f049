"""Encryption at rest for answers and other special category data (Fernet: AES-128-CBC + HMAC)."""

import hashlib
import json

from cryptography.fernet import Fernet
from flask import Flask, current_app
from sqlalchemy import LargeBinary
from sqlalchemy.types import TypeDecorator


def hash_token(token: str) -> str:
    """How a secret given to a person (a link's token, a session's id) is stored: only its SHA-256. Each carries 256
    random bits, so no key or slow hash is needed, and a copy of the database opens nothing."""
    return hashlib.sha256(token.encode()).hexdigest()


def init_app(app: Flask) -> None:
    app.extensions["fernet"] = Fernet(app.config["ENCRYPTION_KEY"].encode())


def _fernet() -> Fernet:
    return current_app.extensions["fernet"]


class EncryptedJSON(TypeDecorator):
    """A JSON value stored encrypted; only the app holding the key can read it."""

    impl = LargeBinary
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        return _fernet().encrypt(json.dumps(value).encode())

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return json.loads(_fernet().decrypt(bytes(value)))


class EncryptedText(TypeDecorator):
    """A string stored encrypted, such as a phone number or the body of a text."""

    impl = LargeBinary
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return None if value is None else _fernet().encrypt(value.encode())

    def process_result_value(self, value, dialect):
        return None if value is None else _fernet().decrypt(bytes(value)).decode()
