"""The address and cache rules every person's photo is sent with, on the children's pages and the staff's."""

import hashlib
import hmac
from functools import lru_cache
from io import BytesIO

from flask import Response, abort
from PIL import Image

# On a child's pages the photo is shown at most 96 pixels wide, on phones that may be on a bad signal: a 96-pixel
# WebP of a real photo, at a quality that keeps a face clear and packed as tightly as WebP can (method 6), is under
# 3 KB, where the stored 320-pixel PNG is up to 200 KB (docs/page-weight.md).
CHILD_SIZE = 96
CHILD_QUALITY = 45
# Long enough for one sitting, so each later page costs nothing; not kept for days on a phone someone else may pick
# up. The address names the photo, so a kept copy is never shown for another IRO.
CHILD_CACHE = "private, max-age=3600"


def version(photo: bytes) -> str:
    """A hash of the photo itself, put in its address. Two children on one phone (siblings with different IROs),
    or two staff at one computer, then never share an address for different photos, so a browser can never
    show one person's photo as another's, whatever it has kept."""
    return hashlib.sha256(photo).hexdigest()[:20]


def _checked(photo: bytes | None, wanted: str) -> bytes:
    if not photo or not hmac.compare_digest(version(photo), wanted):
        abort(404)
    return photo


@lru_cache(maxsize=256)
def _small(photo: bytes) -> bytes:
    out = BytesIO()
    with Image.open(BytesIO(photo)) as image:
        image.resize((CHILD_SIZE, CHILD_SIZE), Image.Resampling.LANCZOS).save(out, format="WEBP", quality=CHILD_QUALITY, method=6)
    return out.getvalue()


def send_small(photo: bytes | None, wanted: str) -> Response:
    """The photo as a child's pages show it: small, and kept by the browser for the length of one sitting."""
    return Response(_small(_checked(photo, wanted)), mimetype="image/webp", headers={"Cache-Control": CHILD_CACHE})


def send(photo: bytes | None, wanted: str) -> Response:
    """The photo, only at the address that names it (an old address after a change is "not found"), and never
    kept by the browser: staff print it on letters, at its full size."""
    return Response(_checked(photo, wanted), mimetype="image/png", headers={"Cache-Control": "private, no-store"})
