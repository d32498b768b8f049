"""Invitations by printed letter: the link as a QR code and as text, and a short code to type on the start page."""

from dataclasses import dataclass
from datetime import date

import segno

from app.addresses import page_url
from app.invitations.links import invitation_url
from app.invitations.tokens import create_short_code
from app.models import Invitation


@dataclass(frozen=True)
class Letter:
    """What a letter shows, this once: its link and code cannot be recovered later."""

    link: str
    qr: str  # the link as an SVG data URI
    code: str  # the short code, as printed: two groups of four
    expires_on: date
    start_page: str  # where the code is typed


def invite(invitation: Invitation, token: str) -> Letter:
    """Give the invitation a short code, and lay out the letter."""
    code = create_short_code(invitation)
    link = invitation_url(token)
    return Letter(
        link=link,
        qr=segno.make(link, error="m").svg_data_uri(scale=5, border=2),
        code=f"{code[:4]} {code[4:]}",
        expires_on=invitation.expires_at.date(),
        start_page=page_url("pages.home"),
    )
