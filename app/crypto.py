"""Encryption at rest for answers and other special category data (Fernet: AES-128-CBC + HMAC), under a list of keys."""

import hashlib
import json

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from flask import Flask, current_app
from sqlalchemy import LargeBinary
from sqlalchemy.types import TypeDecorator


def hash_token(token: str) -> str:
    """How a secret given to a person (a link's token, a session's id) is stored: only its SHA-256. Each carries 256
    random bits, so no key or slow hash is needed, and a copy of the database opens nothing."""
    return hashlib.sha256(token.encode()).hexdigest()


def setting_keys(config, name: str) -> tuple[str, list[str]]:
    """The keys a setting gives, newest first, and the variable they came from: NAMES (comma-separated, newest
    first) or NAME, a list of one. Used for ENCRYPTION_KEY(S) and PHONE_LOOKUP_KEY(S)."""
    listed = config.get(name + "S") or ""
    if listed.strip():
        return name + "S", [key.strip() for key in listed.split(",") if key.strip()]
    single = (config.get(name) or "").strip()
    return name, [single] if single else []


def encryption_keys(config) -> list[str]:
    """The Fernet keys, newest first: it encrypts everything new; any of them decrypts."""
    return setting_keys(config, "ENCRYPTION_KEY")[1]


def init_app(app: Flask) -> None:
    keys = [Fernet(key.encode()) for key in encryption_keys(app.config)]
    app.extensions["fernet"] = MultiFernet(keys)
    app.extensions["fernet_newest"] = keys[0]


def _fernet() -> MultiFernet:
    return current_app.extensions["fernet"]


def is_under_newest_key(token: bytes) -> bool:
    """Whether this stored value was encrypted with the newest key (and so needs no rotating)."""
    try:
        current_app.extensions["fernet_newest"].decrypt(token)
    except InvalidToken:
        return False
    return True


def reencrypt(token: bytes) -> bytes:
    """The same value encrypted with the newest key; it must be readable with one of the keys."""
    return _fernet().rotate(token)


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
