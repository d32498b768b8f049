"""A server running in its own processes, seen from outside: a person's browser over HTTP, and the processes it runs."""

import http.client
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode, urlsplit

from bs4 import BeautifulSoup


def healthy(port: int) -> bool:
    """Whether /healthz answers 200 on this port."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        connection.request("GET", "/healthz")
        return connection.getresponse().status == 200
    except OSError:
        return False
    finally:
        connection.close()


class HttpBrowser:
    """Reads pages as tests/conftest.py's Browser does, over real HTTP: keeps its cookies, follows redirects, submits
    forms with their hidden fields. It stands where the load balancer hands requests on, so it sends the cookies that
    a browser on https:// would send."""

    def __init__(self, port: int):
        self.port = port
        self.cookies: dict[str, str] = {}
        self.status = 0
        self.path = "/"
        self.page: BeautifulSoup | None = None

    def _request(self, method: str, path: str, body: str | None = None) -> tuple[int, str | None, bytes]:
        headers = {"Cookie": "; ".join(f"{name}={value}" for name, value in self.cookies.items())} if self.cookies else {}
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            data = response.read()
            for header in response.headers.get_all("Set-Cookie") or []:
                cookie = SimpleCookie()
                cookie.load(header)
                for name, morsel in cookie.items():
                    if morsel.value and morsel["max-age"] != "0":
                        self.cookies[name] = morsel.value
                    else:
                        self.cookies.pop(name, None)
            return response.status, response.headers.get("Location"), data
        finally:
            connection.close()

    def _read(self, method: str, path: str, body: str | None = None) -> BeautifulSoup:
        for _ in range(10):
            self.path = path
            self.status, location, data = self._request(method, path, body)
            if self.status not in (301, 302, 303, 307, 308):
                break
            parts = urlsplit(location)
            path, method, body = parts.path + (f"?{parts.query}" if parts.query else ""), "GET", None
        assert self.status == 200, (self.status, path, data[:2000])
        self.page = BeautifulSoup(data, "html.parser")
        return self.page

    def get(self, path: str) -> BeautifulSoup:
        return self._read("GET", path)

    def follow(self, link_text: str) -> BeautifulSoup:
        link = next((a for a in self.page.find_all("a", href=True) if link_text in " ".join(a.get_text().split())), None)
        assert link is not None, f"no link {link_text!r} on the page"
        return self.get(link["href"])

    def submit(self, data: dict | None = None, form_index: int = 0) -> BeautifulSoup:
        form = self.page.find_all("form")[form_index]
        fields = {i["name"]: i.get("value", "") for i in form.find_all("input", attrs={"type": "hidden", "name": True})}
        fields.update(data or {})
        action = form.get("action") or self.path
        if form.get("method", "get").lower() == "get":
            return self.get(f"{action}?{urlencode(fields)}")
        return self._read("POST", action, urlencode(fields))

    @property
    def h1(self) -> str:
        return " ".join(self.page.h1.get_text().split())


def _parents() -> dict[int, int]:
    """Each running process and its parent, from /proc."""
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            fields = stat[stat.rindex(")") + 2:].split()
            if fields[0] != "Z":  # a zombie has finished; only its parent has not yet read its exit status
                parents[int(entry.name)] = int(fields[1])
    return parents


def descendants(pid: int) -> set[int]:
    """Every process started by this one, and by those, that is still running."""
    parents, found, frontier = _parents(), set(), {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def children(pid: int) -> set[int]:
    """The processes this one started itself."""
    return {child for child, parent in _parents().items() if parent == pid}


def running(pids: set[int]) -> set[int]:
    return pids & set(_parents())


def command_line(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def processes_running(pid: int, words: str) -> set[int]:
    """The processes under `pid` whose command line contains these words."""
    return {child for child in descendants(pid) if words in command_line(child)}
