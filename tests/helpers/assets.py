"""The plain name of a built file behind its fingerprinted address (app/static/src/fingerprint.mjs)."""

import re

FINGERPRINT = re.compile(r"\.[0-9a-f]{12}(?=\.[A-Za-z0-9]+$)")


def plain_name(address: str) -> str:
    """The file's name without its fingerprint: /static/dist/pictures/star.0123456789ab.svg is star.svg."""
    return FINGERPRINT.sub("", address.rsplit("/", 1)[1])
