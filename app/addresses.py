"""Every address written into a page, text, email or letter: PUBLIC_BASE_URL and a page's path.

Never the Host header of the request being served: anyone can send any Host, and a link built from it would
carry a child's token to their site (url_for(..., _external=True) and request.host_url do exactly that)."""

from flask import current_app


def public_url(path: str) -> str:
    """The address people use for this path on the site, e.g. public_url("/staff/") → https://…/staff/."""
    return current_app.config["PUBLIC_BASE_URL"].rstrip("/") + "/" + path.lstrip("/")


def page_url(endpoint: str, **values) -> str:
    """The address people use for a page, built from the URL map, so it works on the command line too."""
    return public_url(current_app.url_map.bind("").build(endpoint, values))
