"""Two-factor sign-in for every member of staff: an authenticator app (TOTP, RFC 6238), or a recovery code.

A code is accepted one 30-second step either side of now (phones' clocks drift), and never twice: the last
step used is kept, and only a later step is accepted after it.
"""

import hashlib
import hmac
import secrets
import time

import pyotp
import segno
from flask import current_app
from sqlalchemy import delete, select

from app.extensions import db
from app.models import RecoveryCode, StaffMember
from app.models.time import utcnow

RECOVERY_CODES = 10


def new_secret() -> str:
    return pyotp.random_base32()


def enrolment_qr(member: StaffMember, secret: str) -> str:
    """The otpauth:// address as an SVG data URI, for the authenticator app's camera."""
    uri = pyotp.TOTP(secret).provisioning_uri(name=member.email, issuer_name=current_app.config["TOTP_ISSUER"])
    return segno.make(uri, error="m").svg_data_uri(scale=5, title="")


def _digits(code: str) -> str:
    return "".join(code.split()).replace("-", "")


def check_code(secret: str, code: str, last_step: int | None) -> int | None:
    """The time step the code belongs to, if it is right and later than the last one used; otherwise None."""
    code = _digits(code)
    if not (code.isascii() and code.isdigit() and len(code) == 6):
        return None
    totp, now = pyotp.TOTP(secret), int(time.time()) // 30
    for step in (now - 1, now, now + 1):
        if (last_step is None or step > last_step) and hmac.compare_digest(totp.at(step * 30), code):
            return step
    return None


def verify(member: StaffMember, code: str) -> bool:
    """A code from the app or an unused recovery code; either is used up by this sign-in."""
    step = check_code(member.totp_secret, code, member.totp_last_step) if member.totp_secret else None
    if step is not None:
        member.totp_last_step = step
        return True
    return _use_recovery_code(member, code)


def _hash(code: str) -> str:
    return hashlib.sha256(_digits(code).lower().encode()).hexdigest()


def new_recovery_codes(member: StaffMember) -> list[str]:
    """Ten fresh codes (any older ones stop working); only their hashes are kept."""
    db.session.execute(delete(RecoveryCode).where(RecoveryCode.staff_id == member.id))
    codes = []
    for _ in range(RECOVERY_CODES):
        code = secrets.token_hex(5)
        codes.append(f"{code[:5]}-{code[5:]}")
        db.session.add(RecoveryCode(staff_id=member.id, code_hash=_hash(code)))
    return codes


def recovery_codes_left(member: StaffMember) -> int:
    unused = select(RecoveryCode).where(RecoveryCode.staff_id == member.id, RecoveryCode.used_at.is_(None))
    return len(db.session.scalars(unused).all())


def _use_recovery_code(member: StaffMember, code: str) -> bool:
    if len(_digits(code)) != 10:
        return False
    found = db.session.scalar(
        select(RecoveryCode).where(
            RecoveryCode.staff_id == member.id, RecoveryCode.code_hash == _hash(code), RecoveryCode.used_at.is_(None)
        )
    )
    if found is None:
        return False
    found.used_at = utcnow()
    return True


def forget(member: StaffMember) -> None:
    """An administrator's reset: the person enrols a new app at their next sign-in."""
    member.totp_secret = None
    member.totp_last_step = None
    db.session.execute(delete(RecoveryCode).where(RecoveryCode.staff_id == member.id))
