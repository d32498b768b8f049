"""Where to go after signing in: only ever a path on this site, however the `next` address was written."""

import unicodedata
from urllib.parse import unquote, urlsplit


def safe_next(target: str | None) -> str | None:
    """`target` when it is a path on this site; None for anything that could leave it or break the redirect.

    Browsers read `//host`, `/\\host` and `\\\\host` as another site, and drop tabs and newlines before reading an
    address, so `/\\t/evil.example` is `//evil.example` to them. A newline would also split the Location header.
    Percent-encoded slashes (`/%2F%2Fevil.example`) stay a path and are allowed; an encoded tab or newline is not,
    in case anything decodes the address before a browser reads it."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return None
    # Once decoded, an encoded space (%20, as in a search) is fine; an encoded tab or newline is not.
    if _has_space_or_control(target) or _has_space_or_control(unquote(target).replace(" ", "")):
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return None
    return target


def _has_space_or_control(text: str) -> bool:
    # Category C: control, format (such as zero-width and bidirectional marks), surrogate, private and unassigned.
    return any(character.isspace() or unicodedata.category(character).startswith("C") for character in text)
