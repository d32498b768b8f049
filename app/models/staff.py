"""Staff members: IROs, managers and administrators. Children never have accounts."""

import enum

from flask_babel import lazy_gettext as _l
from flask_login import UserMixin
from sqlalchemy import Enum, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.extensions import db


class Role(enum.StrEnum):
    IRO = "iro"
    MANAGER = "manager"
    ADMIN = "admin"


ROLE_NAMES = {
    Role.IRO: _l("Independent Reviewing Officer"),
    Role.MANAGER: _l("Manager"),
    Role.ADMIN: _l("Administrator"),
}


class StaffMember(UserMixin, db.Model):
    __tablename__ = "staff_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[Role] = mapped_column(Enum(Role, native_enum=False, length=20, values_callable=lambda e: [m.value for m in e]))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(default=True)
    # Shown to the children allocated to this IRO: a photo (PNG) and a short introduction (sanitised HTML).
    photo: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    introduction: Mapped[str] = mapped_column(Text, default="")

    @property
    def first_name(self) -> str:
        return self.name.split()[0]

    @property
    def is_active(self) -> bool:
        return self.active
