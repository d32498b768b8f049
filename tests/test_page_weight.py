"""A child's consultation is light on a bad signal: bytes over the wire, cache rules and SQL for each page (docs/page-weight.md)."""

import pytest

from app.questionnaires import registry
from tests.factories import create_child, create_invitation, create_staff
from tests.helpers.assets import plain_name
from tests.helpers.photos import camera_like_photo
from tests.helpers.walking import form_data
from tests.helpers.wire import ACCEPT, Visit, WireBrowser

# Compressed bytes over the wire (bodies as sent): the first visit with a cold cache, then each page after it with a
# warm one.
FIRST_VISIT_BUDGET = 30_000
LATER_PAGE_BUDGET = 4_000
QUERY_LIMIT = 4
# The age each version is written for.
CHILD_VERSIONS = {"child_4_7": 6, "child_8_11": 9, "child_12_15": 13, "young_person_16_18": 17}
YEAR = "public, max-age=31536000, immutable"


def _assert_queries(visit: Visit) -> None:
    for request in visit.pages():
        assert len(request.queries) <= QUERY_LIMIT, (request.method, request.path, request.queries)


def _assert_assets_kept_a_year(visit: Visit) -> None:
    for request in visit.assets():
        assert plain_name(request.path) != request.path.rsplit("/", 1)[1], f"{request.path} is linked without its fingerprint"
        assert request.headers["Cache-Control"] == YEAR, request.path
        if not request.path.endswith(".png"):
            assert request.headers.get("Content-Encoding") == "br", request.path


@pytest.mark.parametrize("version, age", CHILD_VERSIONS.items())
def test_a_childs_consultation_is_light_over_the_wire(app, version, age):
    questionnaire = registry.get(version)
    iro = create_staff()
    iro.photo = camera_like_photo()  # shown on every page
    child = create_child(iro=iro, age=age)
    phone = WireBrowser(app.test_client())

    first = phone.open(create_invitation(child, version))
    assert phone.path == "/consultation"
    kinds = {r.path.rsplit(".", 1)[-1] for r in first.assets()}
    assert kinds >= {"css", "js", "svg"}, "the page's CSS, scripts and icon came too"
    assert any("/iro-photo/" in r.path for r in first.requests), "the IRO's photo came too"
    assert first.body_bytes <= FIRST_VISIT_BUDGET, [(r.path, r.body_bytes) for r in first.requests]
    assert next(r for r in first.pages() if r.path == "/consultation").headers["Content-Encoding"] == "br"
    _assert_queries(first)
    _assert_assets_kept_a_year(first)
    weights = {"first visit": (first.body_bytes, first.header_bytes)}

    later = [phone.follow("Start now")]
    while phone.path != "/consultation/check":
        question = questionnaire.question(phone.path.rsplit("/", 1)[1])
        assert question is not None and phone.h1 == str(question.title)
        later.append(phone.submit(form_data(questionnaire, question)))
    later.append(phone.submit())
    assert phone.h1 == "Your answers have been sent"
    sending = later[-1].pages()[0]
    assert sending.method == "POST" and sending.path == "/consultation/check"

    for visit in later:
        assert visit.body_bytes <= LATER_PAGE_BUDGET, [(r.method, r.path, r.body_bytes) for r in visit.requests]
        _assert_assets_kept_a_year(visit)
        # Sending the answers routes them to the IRO (its writes are counted in docs/page-weight.md); every
        # other request, the confirmation page after it among them, stays within the limit.
        _assert_queries(Visit([r for r in visit.requests if r is not sending]))
    assert len(later) >= 4
    heaviest = max(later, key=lambda visit: visit.body_bytes)
    weights["heaviest later page"] = (heaviest.body_bytes, heaviest.header_bytes)
    print(version, weights)


def test_built_files_are_sent_compressed_and_kept_a_year_only_under_their_fingerprint(app):
    client = app.test_client()
    css = client.get("/static/dist/" + app.extensions["assets"]["app.css"], headers=ACCEPT)
    assert css.status_code == 200
    assert css.headers["Cache-Control"] == YEAR
    assert css.headers["Content-Encoding"] == "br"
    assert "Accept-Encoding" in css.headers["Vary"]

    gzipped = client.get("/static/dist/" + app.extensions["assets"]["app.css"], headers={"Accept-Encoding": "gzip"})
    assert gzipped.headers["Content-Encoding"] == "gzip"
    assert len(css.data) < len(gzipped.data) < len(client.get("/static/dist/app.css").data)

    plain = client.get("/static/dist/app.css", headers=ACCEPT)
    assert plain.status_code == 200
    assert plain.headers["Cache-Control"] == "max-age=60, public"
    assert plain.headers["Content-Encoding"] == "br"


def test_pages_are_compressed_as_the_browser_accepts(app):
    client = app.test_client()
    assert client.get("/", headers=ACCEPT).headers["Content-Encoding"] == "br"
    assert client.get("/", headers={"Accept-Encoding": "gzip"}).headers["Content-Encoding"] == "gzip"
    assert "Content-Encoding" not in client.get("/").headers


def test_pages_are_sent_as_they_are_to_requests_another_site_started(app):
    """Another site's page can make a browser ask for ours again and again, adding guesses to the address: what
    compressed sizes would then tell about a page's secrets (BREACH) is never given away."""
    client = app.test_client()
    for elsewhere in ("cross-site", "same-site"):
        response = client.get("/", headers={**ACCEPT, "Sec-Fetch-Site": elsewhere})
        assert "Content-Encoding" not in response.headers
        assert b"Listen to Me" in response.data
    for ours in ("same-origin", "none"):
        assert client.get("/", headers={**ACCEPT, "Sec-Fetch-Site": ours}).headers["Content-Encoding"] == "br"
