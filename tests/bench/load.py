"""Requests a second and latency under load from wrk: a child's question page, saving an answer, a text coming in,
each beside the same server's /healthz."""

import math
import os
import subprocess
import tempfile
import uuid
from urllib.parse import urlencode

from twilio.request_validator import RequestValidator

from app.questionnaires import registry
from tests.bench.figures import wrk_summary
from tests.bench.server import PUBLIC_BASE_URL, fetch
from tests.bench.weights import ServedBrowser, form_on, link_to
from tests.helpers.walking import form_data

CLIENTS = 20
SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "requests.lua")
SERVICE_NUMBER = "+447911000000"
TEXTS_A_SECOND = 1_000  # signed texts written for each second of a run: more than the server can take, so none repeats


def wrk_threads() -> int:
    return max(1, min(os.cpu_count() or 1, CLIENTS))


def run_wrk(port: int, lines: list[list[str]], seconds: float) -> dict:
    """wrk with CLIENTS connections sending these requests in turn for `seconds`; its summary."""
    threads = wrk_threads()
    lines = lines * math.ceil(threads / len(lines))  # each thread sends its own share: at least one request
    with tempfile.NamedTemporaryFile("w", prefix="bench-requests-", suffix=".tsv", delete=False) as file:
        file.writelines("\t".join(line) + "\n" for line in lines)
    try:
        finished = subprocess.run(
            ["wrk", "--threads", str(threads), "--connections", str(CLIENTS), "--duration", f"{max(1, round(seconds))}s",
             "--timeout", "10s", "--script", SCRIPT, f"http://127.0.0.1:{port}", "--", file.name, str(threads)],
            capture_output=True, text=True, check=True,
        )
    finally:
        os.unlink(file.name)
    return wrk_summary(finished.stdout)


def send(port: int, line: list[str]) -> int:
    """One of the prepared requests, sent once: its status."""
    method, path, body, *headers = line
    return fetch(port, method, path, body or None, dict(zip(headers[::2], headers[1::2]))).status


def child_requests(port: int, links: dict[str, list[str]]) -> tuple[list[list[str]], list[list[str]]]:
    """Each child opens their link and the first question, as a browser does: then their GET of that question,
    and their POST of a calm answer to it with the form's CSRF token and their session cookie."""
    gets, posts = [], []
    for version_id, version_links in links.items():
        version = registry.get(version_id)
        for link in version_links:
            browser = ServedBrowser(port, {})
            start = browser.go("GET", link)
            question_page = browser.go("GET", link_to(start.html, "Start now"))
            question = version.question(question_page.path.rsplit("/", 1)[1])
            action, fields = form_on(question_page.html, question_page.path)
            cookie = "; ".join(f"{name}={value}" for name, value in browser.cookies.items())
            gets.append(["GET", question_page.path, "", "Cookie", cookie])
            posts.append(["POST", action, urlencode({**fields, **form_data(version, question)}, doseq=True),
                          "Cookie", cookie, "Content-Type", "application/x-www-form-urlencoded"])
    return gets, posts


def signed_text(settings: dict, number: str, body: str) -> list[str]:
    """A text as Twilio sends it to the webhook, with its own message id, signed with the account's auth token."""
    sid = "SM" + uuid.uuid4().hex
    params = {"ToCountry": "GB", "SmsMessageSid": sid, "NumMedia": "0", "FromCountry": "GB", "SmsSid": sid,
              "SmsStatus": "received", "Body": body, "To": SERVICE_NUMBER,
              "MessagingServiceSid": settings["TWILIO_MESSAGING_SERVICE_SID"], "NumSegments": "1", "MessageSid": sid,
              "AccountSid": settings["TWILIO_ACCOUNT_SID"], "From": number, "ApiVersion": "2010-04-01"}
    signature = RequestValidator(settings["TWILIO_AUTH_TOKEN"]).compute_signature(PUBLIC_BASE_URL + "/sms/inbound", params)
    return ["POST", "/sms/inbound", urlencode(params), "Content-Type", "application/x-www-form-urlencoded",
            "X-Twilio-Signature", signature, "User-Agent", "TwilioProxy/1.1"]


def signed_texts(settings: dict, numbers: list[str], count: int) -> list[list[str]]:
    """`count` texts from the phones in turn, each answering the question it is on and then going BACK, so every
    conversation stays open."""
    return [signed_text(settings, numbers[n % len(numbers)], "1" if (n // len(numbers)) % 2 == 0 else "BACK")
            for n in range(count)]


def load(port: int, settings: dict, links: dict[str, list[str]], numbers: list[str], seconds: float,
         warm_up: float) -> list[dict]:
    """Each kind of request for `seconds` from CLIENTS clients at once, after `warm_up` seconds of the same."""
    gets, posts = child_requests(port, links)
    for number in numbers:  # each phone says YES, so its conversation is on a question
        assert send(port, signed_text(settings, number, "YES")) == 200
    kinds = {
        "GET /healthz": lambda: [["GET", "/healthz", ""]],
        "GET a question page": lambda: gets,
        "POST an answer (CSRF, session)": lambda: posts,
        "POST /sms/inbound (signed text)": lambda: signed_texts(settings, numbers, int(TEXTS_A_SECOND * seconds)),
    }
    results = []
    for name, lines in kinds.items():
        run_wrk(port, lines(), warm_up)
        measured = run_wrk(port, lines(), seconds)
        measured["request"] = name
        measured["per_second"] = measured["requests"] / measured["seconds"]
        results.append(measured)
        print(f"  {name:<34} {measured['requests']:>9,} {measured['per_second']:>10.0f} {measured['p50_ms']:>8.1f} "
              f"{measured['p95_ms']:>8.1f} {measured['max_ms']:>8.1f} {measured['socket_errors'] + measured['status_errors']:>7}",
              flush=True)
    forged = signed_text(settings, numbers[0], "1")
    forged[forged.index("X-Twilio-Signature") + 1] = "forged"
    results.append({"request": "a forged signature", "status": send(port, forged)})
    return results
