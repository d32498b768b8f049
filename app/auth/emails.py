"""Emails about a member of staff's own account. They go through the outbox like every other email."""

from flask_babel import gettext as _

from app.auth import links
from app.messaging.email_outbox import enqueue_email
from app.models import LinkPurpose, StaffMember

SIGN_OFF = "\n\n" + "Listen to Me"


def _send(member: StaffMember, subject: str, body: str) -> None:
    enqueue_email(member.email, subject, body + SIGN_OFF + "\n", purpose="staff_account")


def invitation(member: StaffMember) -> None:
    link = links.create(member, LinkPurpose.INVITE)
    _send(member, _("Set up your Listen to Me account"), _(
        "Hello %(name)s,\n\nAn account has been made for you on Listen to Me. To set your password and two-factor "
        "sign-in, open this link within 24 hours:\n\n%(link)s\n\nYou will need an authenticator app on your phone. "
        "If you were not expecting this email, you can ignore it.",
        name=member.first_name, link=link,
    ))


def reset(member: StaffMember) -> None:
    link = links.create(member, LinkPurpose.RESET)
    _send(member, _("Reset your Listen to Me password"), _(
        "Hello %(name)s,\n\nTo choose a new password, open this link within 1 hour:\n\n%(link)s\n\n"
        "If you did not ask to reset your password, you can ignore this email: your password has not changed.",
        name=member.first_name, link=link,
    ))


def locked(member: StaffMember) -> None:
    link = links.create(member, LinkPurpose.RESET)
    _send(member, _("Your Listen to Me account is locked"), _(
        "Hello %(name)s,\n\nYour account has been locked because a wrong password or code was entered 10 times. "
        "To unlock it, choose a new password within 1 hour:\n\n%(link)s\n\n"
        "If this was not you, tell your manager: someone may be trying to get into your account.",
        name=member.first_name, link=link,
    ))


def two_factor_reset(member: StaffMember) -> None:
    _send(member, _("Your two-factor sign-in has been reset"), _(
        "Hello %(name)s,\n\nAn administrator has reset your two-factor sign-in. The next time you sign in, you will "
        "set up your authenticator app again.\n\nIf you did not ask for this, tell your manager.",
        name=member.first_name,
    ))


def password_changed(member: StaffMember) -> None:
    _send(member, _("Your Listen to Me password has changed"), _(
        "Hello %(name)s,\n\nYour password has just been changed, and you have been signed out everywhere else.\n\n"
        "If this was not you, reset your password now and tell your manager.",
        name=member.first_name,
    ))
