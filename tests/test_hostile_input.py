"""No input gives a server error: hostile and random values in every form field and every route argument.

Routes come from app.url_map, so a new route is attacked without anyone listing it here. For each one, its real
address (with a real child, review, views and link) is opened first, the forms on the pages are read as a browser
reads them, and then Hypothesis sends the same fields and route arguments with values such as 20-digit numbers,
NUL characters, bytes that are not UTF-8, newlines, very long strings and any unicode, keeping the CSRF token so the
form is processed. Every answer must be under 500. With TESTING on, an exception in a view is not turned into a
500 page but raised here, so a crash fails the test with the example that caused it.

Done as a manager, an IRO, an administrator, a child holding an open invitation link, someone with no session,
and Twilio (signed webhooks)."""

import re
from collections import defaultdict
from dataclasses import dataclass, field
from io import BytesIO
from urllib.parse import quote, urlencode, urlsplit

import pytest
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from twilio.request_validator import RequestValidator

from app.extensions import db
from app.models import Contact, Respondent, Role
from app.questionnaires.registry import get
from tests.conftest import Browser, app_on_a_fresh_database, sign_in
from tests.factories import create_child, create_invitation, create_staff
from tests.helpers.journeys import send_views
from tests.helpers.phones import invite_by_text
from tests.helpers.twilio import AUTH_TOKEN, BASE_URL, FakeTwilio, twilio_config

EXAMPLES = 8  # per route and method: enough to try each kind of value, and the file stays within about 3 minutes
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,  # the same examples on every run and both databases
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)

NASTY = [
    b"",
    b"0",
    b"-1",
    b"9" * 20,
    b"2147483648",
    b"9" * 5000,
    b"1e309",
    b"NaN",
    b"\x00",
    b"a\x00b",
    b"\n",
    b"\r\nSet-Cookie: a=b",
    b"\t",
    b" ",
    b"\xff\xfe\xfd",
    b"\xc3\x28",
    b"\xed\xa0\x80",  # a UTF-16 surrogate written as UTF-8
    b"%00",
    b"%0a",
    b"//evil.example",
    b"/\\evil.example",
    b"https://evil.example",
    b"'; DROP TABLE child; --",
    b"<script>alert(1)</script>",
    b"{{ 7 * 7 }}",
    b"../../../../etc/passwd",
    b"%",
    b"_",
    b"\\",
    "²".encode(),
    "١٢".encode(),
    "🙂".encode() * 300,
    "Zoë ‮evil".encode(),
    b"x" * 100_000,
    b",,,,\n,,,\n",
]
# Tried in every field and route argument in turn: the values that have broken things before.
SHARP = [b"9" * 20, b"2147483648", b"9" * 5000, b"a\x00b", b"\xff\xfe\xfd", b"\r\nSet-Cookie: a=b", "²".encode(),
         b"x" * 100_000, b",,,,\n,,,\n"]
GENERIC_QUERY = ("q", "page", "show", "from", "to", "next")


def hostile() -> st.SearchStrategy[bytes]:
    return st.one_of(
        st.sampled_from(NASTY),
        st.integers(min_value=-(2**70), max_value=2**70).map(lambda n: str(n).encode()),
        st.text(max_size=40).map(lambda text: text.encode("utf-8", "surrogatepass")),
        st.binary(max_size=40),
    )


@dataclass
class Form:
    fields: dict[str, bytes] = field(default_factory=dict)  # each field's name and the value a browser would send
    files: set[str] = field(default_factory=set)


def read_forms(html: bytes, page_path: str) -> list[tuple[str, str, Form]]:
    """(method, action path, form) for each form on a page, as a browser would send it."""
    found = []
    for tag in BeautifulSoup(html, "html.parser").find_all("form"):
        form = Form()
        for control in tag.find_all(["input", "textarea", "select", "button"]):
            name = control.get("name")
            if not name:
                continue
            if control.get("type") == "file":
                form.files.add(name)
                continue
            if control.name == "select":
                option = control.find("option")
                value = option.get("value", option.get_text()) if option else ""
            elif control.name == "textarea":
                value = control.get_text()
            else:
                value = control.get("value", "")
            form.fields.setdefault(name, value.encode())
        action = urlsplit(tag.get("action") or page_path).path
        found.append((tag.get("method", "get").upper(), action, form))
    return found


def _address(rule, arguments: dict[str, bytes]) -> str:
    def argument(match):
        return quote(arguments[match.group(1)], safe="")

    return re.sub(r"<(?:[^:<>]+:)?([^<>]+)>", argument, rule.rule)


def _follow(client, response):
    """Follow redirects on this site, as a browser would, so a page broken by what was just saved is seen too
    ("Exit this page" goes to another site, which is not followed)."""
    for _ in range(5):
        location = response.headers.get("Location")
        if response.status_code not in (301, 302, 303, 307, 308) or not location or urlsplit(location).netloc:
            break
        response = client.get(location)
    return response


def _send(client, method: str, path: str, fields: list[tuple[str, bytes]], files: dict[str, bytes]):
    if method == "GET":
        return _follow(client, client.get(path, query_string=urlencode(fields)))
    if files:
        data = defaultdict(list)
        for name, value in fields:
            data[name].append(value.decode("utf-8", "replace"))
        for name, content in files.items():
            data[name].append((BytesIO(content), "upload.csv"))
        return _follow(client, client.post(path, data=dict(data), content_type="multipart/form-data"))
    return _follow(client, client.post(path, data=urlencode(fields), content_type="application/x-www-form-urlencoded"))


class Attacker:
    """One person's browser, the real values of each route's arguments, and the forms found on their pages."""

    def __init__(self, app, client, real: dict[str, list[str]], skip: set[str] = frozenset(), before_each=None, public_only=False):
        self.app, self.client, self.real, self.skip, self.before_each = app, client, real, skip, before_each
        self.public_only = public_only
        self.forms: dict[tuple[str, str], Form] = {}
        self.csrf_token = b""
        self.attacked: list[str] = []

    def rules(self):
        rules = [r for r in self.app.url_map.iter_rules() if r.endpoint not in self.skip]
        if self.public_only:
            rules = [r for r in rules if r.endpoint == "static" or getattr(self.app.view_functions[r.endpoint], "access", None) == "public"]
        return rules

    def discover(self) -> None:
        """Open every page reachable with real values, and keep each form by where it is sent."""
        for rule in self.rules():
            if "GET" not in rule.methods:
                continue
            if self.before_each:
                self.before_each()
            path = _address(rule, {name: self.real[name][0].encode() for name in rule.arguments})
            response = _follow(self.client, self.client.get(path))
            assert response.status_code < 500, (path, response.status_code)
            if response.mimetype != "text/html":
                continue
            for method, action, form in read_forms(response.data, response.request.path):
                known = self.forms.setdefault((method, action), Form())
                for name, value in form.fields.items():
                    known.fields.setdefault(name, value)
                known.files |= form.files
                self.csrf_token = form.fields.get("csrf_token", self.csrf_token)

    def attack_every_route(self) -> None:
        self.discover()
        for rule in self.rules():
            for method in sorted({"GET", "POST"} & rule.methods):
                self.attack(rule, method)

    def attack(self, rule, method: str) -> None:
        real_arguments = {name: self.real[name][0].encode() for name in rule.arguments}
        form = self.forms.get((method, _address(rule, real_arguments)), Form())
        names = dict(form.fields)
        if method == "GET":
            names.update({name: b"" for name in GENERIC_QUERY})
        elif not names:
            names = {"value": b""}
        names.pop("csrf_token", None)
        real_fields = {name: [value] for name, value in names.items()}
        real_files = {name: b"" for name in form.files}

        def no_server_error(arguments, fields, files):
            if self.before_each:
                self.before_each()
            path = _address(rule, arguments)
            sent = [(name, value) for name, values in fields.items() for value in values]
            if method == "POST":
                sent.append(("csrf_token", self.csrf_token))
            response = _send(self.client, method, path, sent, files)
            assert response.status_code < 500, (method, path, [(n, v[:100]) for n, v in sent], response.status_code)

        # First each sharp value in one place at a time, everything else as the page filled it in, so the value gets
        # past the other fields' checks to wherever it could do harm; then Hypothesis's own mixtures.
        for value in SHARP:
            for name in rule.arguments:
                no_server_error = example({**real_arguments, name: value}, real_fields, real_files)(no_server_error)
            for name in names:
                no_server_error = example(real_arguments, {**real_fields, name: [value]}, real_files)(no_server_error)
            for name in form.files:
                no_server_error = example(real_arguments, real_fields, {**real_files, name: value})(no_server_error)
        arguments = st.fixed_dictionaries(
            {name: st.one_of(st.sampled_from([v.encode() for v in self.real[name]]), hostile()) for name in rule.arguments}
        )
        fields = st.fixed_dictionaries(
            {name: st.lists(st.one_of(st.just(real), hostile()), max_size=3) for name, real in names.items()}
        )
        files = st.fixed_dictionaries({name: st.one_of(st.sampled_from(NASTY), st.binary(max_size=200)) for name in form.files})
        SETTINGS(given(arguments=arguments, fields=fields, files=files)(no_server_error))()
        self.attacked.append(f"{method} {rule.rule}")


@pytest.fixture
def casework(app):
    """An IRO's child with sent views, a parent on the record and an open invitation: every staff page has
    something real to show and every form a real id to start from."""
    iro = create_staff(role=Role.IRO)
    child = create_child(iro=iro, first_name="Hypatia", age=12)
    submission = send_views(Browser(app.test_client()), child)
    db.session.add(Contact(child=child, name="Parent Person", respondent=Respondent.PARENT))
    db.session.commit()
    token = create_invitation(child).removeprefix("/c/")
    questions = [q.id for q in get("child_12_15").questions]
    real = {
        "child_id": [str(child.id)],
        "review_id": [str(child.next_review.id)],
        "submission_id": [str(submission.id)],
        "token": [token],
        "question_id": questions,
        "filename": ["dist/app.css"],
        # Another member of staff's account, and what may be done to it; a photo's version.
        "member_id": [str(create_staff(role=Role.IRO).id)],
        "change": ["deactivate", "reactivate", "reset_two_factor", "resend_invitation"],
        "version": ["0123456789abcdef"],
        "message_id": ["1"],
    }
    return iro, child, real


def test_a_crash_in_a_view_fails_this_test(tmp_path):
    """The harness itself: an exception in a view reaches the test instead of becoming a 500 page it cannot see."""
    with app_on_a_fresh_database(tmp_path) as app:
        assert app.testing

        @app.route("/crash")
        def crash():
            raise RuntimeError("a view crashed")

        crash.access = "public"
        with pytest.raises(RuntimeError, match="a view crashed"):
            app.test_client().get("/crash")


@pytest.mark.parametrize("role", [Role.MANAGER, Role.IRO, Role.ADMIN])
def test_no_input_gives_a_server_error_to_staff(app, casework, role):
    iro, _, real = casework
    browser = Browser(app.test_client())
    sign_in(browser, iro if role is Role.IRO else create_staff(role=role))
    # Signing out, or "Exit this page" (which forgets everything), would end the walk: the child and stranger try them.
    attacker = Attacker(app, browser.client, real, skip={"auth.logout", "pages.exit"})
    attacker.attack_every_route()
    assert len(attacker.attacked) >= 40
    assert browser.client.get("/staff/", follow_redirects=True).request.path != "/staff/sign-in", "still signed in"


def test_no_input_gives_a_server_error_to_a_child_with_a_link_or_to_a_stranger(app, casework):
    _, child, real = casework
    client = app.test_client()

    def open_a_new_link():
        # A fresh link each time: sending the answers or "Exit this page" must not end the walk for later routes.
        client.get(create_invitation(child, "child_12_15"))

    child_attacker = Attacker(app, client, real, before_each=open_a_new_link)
    child_attacker.attack_every_route()
    assert {"POST /consultation/<question_id>", "POST /consultation/check", "POST /code"} <= set(child_attacker.attacked)

    # Someone with no session: the staff routes only send them to sign in, so the public ones are what they can reach.
    stranger = Attacker(app, app.test_client(), real, public_only=True)
    stranger.attack_every_route()
    assert "POST /staff/sign-in" in stranger.attacked


@pytest.fixture
def twilio_app(tmp_path):
    with app_on_a_fresh_database(tmp_path, **twilio_config(FakeTwilio())) as app:
        yield app


@pytest.mark.parametrize("path", ["/sms/inbound", "/sms/status"])
def test_no_signed_webhook_gives_a_server_error(twilio_app, path):
    """Twilio signs what it sends, but a person's text is whatever they typed, and Twilio's fields are checked too."""
    child = create_child(iro=create_staff(), age=12)
    conversation = invite_by_text(child)
    known = conversation.phone.number
    client = twilio_app.test_client()
    text = lambda: hostile().map(lambda value: value.decode("utf-8", "replace"))  # noqa: E731 (Twilio sends text)
    fields = {
        "MessageSid": st.one_of(st.just("SM" + "0" * 32), text()),
        "AccountSid": st.just("AC" + "a1" * 16),
        "From": st.one_of(st.just(known), st.just("+447700900123"), text()),
        "To": st.just("+447700900000"),
        "Body": st.one_of(st.sampled_from(["YES", "1", "BACK", "SKIP", "SEND", "LINK", "STOP", "START", "HELP"]), text()),
        "MessageStatus": st.one_of(st.sampled_from(["queued", "sent", "delivered", "failed", "undelivered"]), text()),
        "ErrorCode": st.one_of(st.just("21610"), text()),
    }

    def no_server_error(params):
        signature = RequestValidator(AUTH_TOKEN).compute_signature(BASE_URL + path, params)
        response = client.post(path, data=params, headers={"X-Twilio-Signature": signature})
        assert response.status_code < 500, ({k: v[:100] for k, v in params.items()}, response.status_code)

    usual = {"MessageSid": "SM" + "0" * 32, "AccountSid": "AC" + "a1" * 16, "From": known, "To": "+447700900000",
             "Body": "YES", "MessageStatus": "delivered", "ErrorCode": "21610"}
    for value in SHARP:
        for name in fields:
            no_server_error = example({**usual, name: value.decode("utf-8", "replace")})(no_server_error)
    settings(SETTINGS, max_examples=60)(given(params=st.fixed_dictionaries(fields))(no_server_error))()
