"""A phone's browser on a bad signal: asks for compressed responses, fetches what each page uses, keeps what it may
keep, and counts the bytes that come over the wire and the SQL each request runs."""

import gzip
import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import brotli
from bs4 import BeautifulSoup
from flask.testing import FlaskClient

from tests.helpers.queries import counting_queries

ACCEPT = {"Accept-Encoding": "br, gzip"}
# `import … from './x.js'` and `import './x.js'` in a module script: the browser fetches those before running it.
MODULE_IMPORT = re.compile(r"""\bimport\s*(?:[^'";]*?\bfrom\s*)?['"]([^'"]+)['"]""")


def decoded(response) -> bytes:
    """The body as the browser reads it, once it has undone the compression."""
    encoding = response.headers.get("Content-Encoding")
    if encoding == "br":
        return brotli.decompress(response.data)
    if encoding == "gzip":
        return gzip.decompress(response.data)
    assert encoding is None, encoding
    return response.data


def header_size(response) -> int:
    """Bytes of the status line and headers as HTTP/1.1 writes them (HTTP/2 compresses repeated headers to a few)."""
    head = f"HTTP/1.1 {response.status}\r\n" + "".join(f"{name}: {value}\r\n" for name, value in response.headers.items()) + "\r\n"
    return len(head.encode("latin-1"))


def _keepable(response) -> bool:
    cache_control = response.headers.get("Cache-Control", "")
    return response.status_code == 200 and "no-store" not in cache_control and re.search(r"max-age=[1-9]", cache_control) is not None


@dataclass
class Request:
    method: str
    path: str
    status: int
    body_bytes: int
    header_bytes: int
    queries: list[str]
    headers: dict


@dataclass
class Visit:
    """Everything one step (open a page, or send a form and land on the next) brought over the wire."""

    requests: list[Request] = field(default_factory=list)

    @property
    def body_bytes(self) -> int:
        """The bodies as sent, compressed: what the budgets count."""
        return sum(r.body_bytes for r in self.requests)

    @property
    def header_bytes(self) -> int:
        return sum(r.header_bytes for r in self.requests)

    def pages(self) -> list[Request]:
        return [r for r in self.requests if not r.path.startswith("/static/")]

    def assets(self) -> list[Request]:
        return [r for r in self.requests if r.path.startswith("/static/")]


class WireBrowser:
    """Reads pages as a person's browser would, with a cache that starts cold."""

    def __init__(self, client: FlaskClient):
        self.client = client
        self.cache: set[str] = set()
        self.page: BeautifulSoup | None = None
        self.url = ""

    def _request(self, visit: Visit, method: str, url: str, data: dict | None = None):
        with counting_queries() as queries:
            response = self.client.open(url, method=method, data=data, headers=ACCEPT)
        visit.requests.append(
            Request(method, urlsplit(url).path, response.status_code, len(response.data), header_size(response), list(queries), dict(response.headers))
        )
        return response

    def _land(self, visit: Visit, response) -> BeautifulSoup:
        while response.status_code in (301, 302, 303):
            self.url = urljoin(self.url or "http://localhost/", response.headers["Location"])
            response = self._request(visit, "GET", self.url)
        assert response.status_code == 200, (response.status_code, self.url)
        assert response.mimetype == "text/html"
        self.page = BeautifulSoup(decoded(response), "html.parser")
        for asset in self._assets_of_page():
            self._fetch(visit, asset)
        return self.page

    def _assets_of_page(self) -> list[str]:
        found = [link["href"] for link in self.page.find_all("link", href=True) if {"stylesheet", "icon"} & set(link.get("rel", []))]
        found += [script["src"] for script in self.page.find_all("script", src=True)]
        found += [img["src"] for img in self.page.find_all("img", src=True)]
        return [urljoin(self.url, address) for address in dict.fromkeys(found)]

    def _fetch(self, visit: Visit, url: str) -> None:
        if url in self.cache:
            return
        response = self._request(visit, "GET", url)
        assert response.status_code == 200, (response.status_code, url)
        if _keepable(response):
            self.cache.add(url)
        if response.mimetype in ("text/javascript", "application/javascript"):
            for imported in MODULE_IMPORT.findall(decoded(response).decode()):
                self._fetch(visit, urljoin(url, imported))

    def open(self, url: str) -> Visit:
        visit = Visit()
        self.url = urljoin(self.url or "http://localhost/", url)
        self._land(visit, self._request(visit, "GET", self.url))
        return visit

    def follow(self, link_text: str) -> Visit:
        link = next((a for a in self.page.find_all("a", href=True) if link_text in " ".join(a.get_text().split())), None)
        assert link is not None, f"no link {link_text!r} on the page"
        return self.open(link["href"])

    def submit(self, data: dict | None = None, form_index: int = 0) -> Visit:
        """Send a form on the page with its hidden fields (the CSRF token among them), and land where it leads."""
        form = self.page.find_all("form")[form_index]
        fields = {i["name"]: i.get("value", "") for i in form.find_all("input", attrs={"type": "hidden", "name": True})}
        fields.update(data or {})
        visit = Visit()
        self.url = urljoin(self.url, form.get("action") or self.url)
        self._land(visit, self._request(visit, "POST", self.url, data=fields))
        return visit

    @property
    def path(self) -> str:
        return urlsplit(self.url).path

    @property
    def h1(self) -> str:
        return " ".join(self.page.h1.get_text().split())
