"""Log lines: JSON objects with the request's id, which the response echoes; never a number, token, name or answer,
while a child answers on the web and another by text."""

import json
import re

import pytest

from app import create_app
from tests.conftest import Browser, app_on_a_fresh_database
from tests.factories import create_child, create_invitation, create_staff
from tests.helpers.journeys import ANSWERS, answer_everything
from tests.helpers.phones import Phone, invite_by_text, link_path
from tests.helpers.twilio import twilio_config

NUMBER = "+447911123456"
# child_8_11 by text: the first seven questions' replies, the last in the child's own words.
REPLIES = ["1", "2", "Happy", "yes", "3", "1", "Football with my friends"]


@pytest.fixture
def app(tmp_path, twilio):
    with app_on_a_fresh_database(tmp_path, LOG_FORMAT="json", **twilio_config(twilio)) as app:
        yield app


def logged(capsys) -> tuple[str, list[dict]]:
    """What was written to standard error since last asked, and its lines, each of which must be a JSON object."""
    written = capsys.readouterr().err
    return written, [json.loads(line) for line in written.splitlines()]


def test_each_request_is_a_json_line_with_an_id_the_response_echoes(app, capsys):
    client = app.test_client()
    capsys.readouterr()
    response = client.get("/")
    made = response.headers["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{32}", made)
    kept = client.get("/", headers={"X-Request-ID": "lb-7f3a9c21e4"}).headers["X-Request-ID"]
    assert kept == "lb-7f3a9c21e4", "an id the load balancer gave is kept, so its logs and ours match"
    refused = [client.get("/", headers={"X-Request-ID": unsafe}).headers["X-Request-ID"]
               for unsafe in ("447911123456", "a b c d e f g h", "x" * 65, "<script>alert(1)</script>")]
    assert all(re.fullmatch(r"[0-9a-f]{32}", made) for made in refused)

    _, lines = logged(capsys)
    requests = [line for line in lines if line["logger"] == "app.requests"]
    assert [line["request_id"] for line in requests] == [made, kept, *refused]
    first = requests[0]
    assert first["level"] == "INFO" and first["method"] == "GET" and first["path"] == "/" and first["status"] == 200
    assert isinstance(first["duration_ms"], float) and first["message"].startswith("GET / 200 ")
    assert {"time", "level", "logger", "message", "request_id"} <= set(first)


def test_no_number_token_name_or_answer_is_logged_as_children_answer_and_text(app, twilio, capsys):
    iro = create_staff()
    on_the_web, by_text = create_child(iro=iro, first_name="Persephone"), create_child(iro=iro, first_name="Ottoline")
    link = create_invitation(on_the_web)
    browser = Browser(app.test_client())
    browser.get(link)
    browser.follow("Start now")
    answer_everything(browser)
    browser.submit()
    assert browser.h1 == "Your answers have been sent"

    invite_by_text(by_text, NUMBER)
    phone = Phone(app, twilio, NUMBER)
    [invitation] = phone.new_texts()
    texted_link = link_path(invitation)
    phone.reply("Yes")
    for reply in REPLIES:
        [question] = phone.reply(reply)
    assert question.startswith("8 of about 16: ")

    written, lines = logged(capsys)
    paths = {line.get("path") for line in lines}
    assert "/c/[hidden]" in paths and "/sms/inbound" in paths and "/consultation/going_well" in paths
    assert all(line["request_id"] for line in lines if line["logger"] == "app.requests")
    secrets = [NUMBER, NUMBER.removeprefix("+44"), "07911", link.removeprefix("/c/"), texted_link.removeprefix("/c/"),
               ANSWERS["going_well"], "Football with my friends", "Happy", "Persephone", "Ottoline",
               on_the_web.last_name, by_text.last_name, iro.name, iro.email]
    assert [secret for secret in secrets if secret in written] == []


def test_in_development_log_lines_are_text_with_the_request_id(tmp_path, capsys):
    app = create_app("development", SQLALCHEMY_DATABASE_URI=f"sqlite:///{tmp_path}/dev.sqlite")
    capsys.readouterr()
    request_id = app.test_client().get("/", headers={"X-Request-ID": "dev-request-0001"}).headers["X-Request-ID"]
    written = capsys.readouterr().err
    assert request_id == "dev-request-0001"
    assert re.search(r"INFO app\.requests \[dev-request-0001\] GET / 200 [\d.]+ms", written), written
