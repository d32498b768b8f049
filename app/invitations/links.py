"""The link that opens an invitation, on the site's public address (app/addresses.py)."""

from app.addresses import page_url


def invitation_url(token: str) -> str:
    """The link that opens an invitation: the one in a text, email, letter or QR code, or handed over by staff."""
    return page_url("consult.open_link", token=token)
