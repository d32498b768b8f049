"""The address and cache rules every person's photo is sent with, on the children's pages and the staff's."""

import hashlib
import hmac

from flask import Response, abort


def version(photo: bytes) -> str:
    """A hash of the photo itself, put in its address. Two children on one phone (siblings with different IROs),
    or two staff at one computer, then never share an address for different photos, so a browser can never
    show one person's photo as another's, whatever it has kept."""
    return hashlib.sha256(photo).hexdigest()[:20]


def send(photo: bytes | None, wanted: str) -> Response:
    """The photo, only at the address that names it (an old address after a change is "not found"), and never
    kept by the browser: a photo of an IRO on a child's phone says the child is in care."""
    if not photo or not hmac.compare_digest(version(photo), wanted):
        abort(404)
    return Response(photo, mimetype="image/png", headers={"Cache-Control": "private, no-store"})
