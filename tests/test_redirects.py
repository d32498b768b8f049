"""After signing in, `next` only ever leads to a path on this site (app/auth/redirects.py)."""

import pytest

from app.auth.redirects import safe_next


@pytest.mark.parametrize(
    "target",
    [
        "/staff/",
        "/staff/children/12",
        "/staff/?q=lee&show=late",
        "/staff/reports/annual?from=2019-04-01&to=2020-03-31",
        "/staff/?q=Zo%C3%AB%20Lee",
        "/%2F%2Fevil.example",  # an encoded slash is part of a path on this site, not a new host
        "/staff/%5Cthing",
    ],
)
def test_paths_on_this_site_are_kept(target):
    assert safe_next(target) == target


@pytest.mark.parametrize(
    "target",
    [
        None,
        "",
        "staff/",
        "evil.example",
        "//evil.example",
        "///evil.example",
        "/\\evil.example",
        "\\\\evil.example",
        "\\/evil.example",
        "/staff\\..\\",
        "https://evil.example",
        "http:evil.example",
        "javascript:alert(1)",
        "/\t/evil.example",
        "/%09/evil.example",
        "/%0a/evil.example",
        "/%0D%0ASet-Cookie:%20a=b",
        "/\n/evil.example",
        "/staff/\r\nSet-Cookie: a=b",
        "/staff/ ",
        " /staff/",
        "/staff/\x00",
        "/staff/%00",
        "/\u2028/evil.example",
        "/%E2%80%A8/evil.example",
        "/\u200b/evil.example",
    ],
)
def test_anything_that_could_leave_the_site_or_break_the_redirect_is_refused(target):
    assert safe_next(target) is None
