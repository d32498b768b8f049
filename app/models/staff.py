"""Staff members: IROs, managers and administrators. Children never have accounts."""

import enum
from datetime import datetime

from flask_babel import lazy_gettext as _l
from flask_login import UserMixin
from sqlalchemy import Enum, ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.crypto import EncryptedText
from app.extensions import db
from app.models.time import UTCDateTime


class Role(enum.StrEnum):
    IRO = "iro"
    MANAGER = "manager"
    ADMIN = "admin"


ROLE_NAMES = {
    Role.IRO: _l("Independent Reviewing Officer"),
    Role.MANAGER: _l("Manager"),
    Role.ADMIN: _l("Administrator"),
}


class NotifyBy(enum.StrEnum):
    """How a member of staff is told of new views, urgent flags and views left unread."""

    EMAIL = "email"
    SMS = "sms"


class StaffMember(UserMixin, db.Model):
    __tablename__ = "staff_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[Role] = mapped_column(Enum(Role, native_enum=False, length=20, values_callable=lambda e: [m.value for m in e]))
    password_hash: Mapped[str] = mapped_column(String(200))
    # A deactivated account (a leaver) cannot sign in, and its sessions ended when it was deactivated.
    active: Mapped[bool] = mapped_column(default=True)
    # Set when the person first chooses their own password; until then the account is only invited.
    password_set_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The authenticator app's shared secret (encrypted), and the last time step used, so no code works twice.
    totp_secret: Mapped[str | None] = mapped_column(EncryptedText)
    totp_last_step: Mapped[int | None] = mapped_column()
    # Failed passwords and codes since the last success; at the limit the account is locked until a reset.
    failed_sign_ins: Mapped[int] = mapped_column(default=0)
    locked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Shown to the children allocated to this IRO: a photo (PNG) and a short introduction (sanitised HTML).
    photo: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    introduction: Mapped[str] = mapped_column(Text, default="")
    notify_by: Mapped[NotifyBy] = mapped_column(
        Enum(NotifyBy, native_enum=False, length=10, values_callable=lambda e: [m.value for m in e]),
        default=NotifyBy.EMAIL,
    )
    # A work mobile for alerts by text, kept encrypted like every number we text.
    mobile_id: Mapped[int | None] = mapped_column(ForeignKey("phone_number.id"))
    # The language staff pages are shown to them in, chosen on their account page or with any page's language links.
    language: Mapped[str] = mapped_column(String(10), default="en")
    # The manager on duty is told of every urgent flag at once, and of views left unread too long.
    on_duty: Mapped[bool] = mapped_column(default=False)

    mobile: Mapped["PhoneNumber | None"] = relationship()  # noqa: F821

    @property
    def first_name(self) -> str:
        return self.name.split()[0]

    @property
    def is_active(self) -> bool:
        return self.active

    @property
    def invited(self) -> bool:
        """Invited, but has not yet chosen a password."""
        return self.password_set_at is None
