"""Every page of every children's version walked as a child walks it: its weight over the wire from the production
server (a first visit with an empty cache, and as a later page), and the SQL queries the app runs for it."""

from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlencode, urlsplit

from bs4 import BeautifulSoup

from app.questionnaires import registry
from tests.bench.figures import decoded, page_assets, references
from tests.bench.server import PUBLIC_BASE_URL, fetch
from tests.helpers.queries import counting_queries
from tests.helpers.walking import form_data

BROWSER_HEADERS = {
    "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "Accept-Encoding": "br, gzip",
    "Accept-Language": "en-GB,en;q=0.9",
    "User-Agent": "Mozilla/5.0 (Linux; Android 14) Mobile listen-to-me-bench",
}


@dataclass
class Reply:
    """A page as the walk reads it: where it ended up after redirects, its HTML, and what measuring it found."""

    path: str
    html: str
    transferred: int = 0  # bytes of the HTML on the wire
    queries: int = 0  # SQL statements the app ran for it


@dataclass
class Asset:
    transferred: int
    status: int
    encoding: str  # the Content-Encoding it came with, or "" when none
    content_type: str
    text: str  # stylesheets and scripts, read for what they make the browser fetch in turn


class ServedBrowser:
    """A browser talking to the production server: keeps its cookies, asks for compressed bodies, and weighs
    every page and every asset as transferred. Assets are fetched once per run and remembered."""

    def __init__(self, port: int, assets: dict[str, Asset]):
        self.port, self.assets, self.cookies = port, assets, {}

    def _fetch(self, method: str, path: str, body: str | None = None, encodings: str = "br, gzip"):
        headers = {**BROWSER_HEADERS, "Accept-Encoding": encodings}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        response = fetch(self.port, method, path, body, headers)
        self.cookies.update(response.cookies())
        return response

    def _text(self, method: str, path: str, response) -> str:
        body = decoded(response.body, response.headers.get("Content-Encoding"))
        if body is None:  # read it again uncompressed: only its size on the wire was wanted compressed
            body = self._fetch(method, path, encodings="identity").body
        return body.decode("utf-8", "replace")

    def go(self, method: str, path: str, form: dict | None = None) -> Reply:
        response = self._fetch(method, path, urlencode(form, doseq=True) if form is not None else None)
        while response.status in (301, 302, 303, 307, 308):
            location = urlsplit(response.headers["Location"])
            path = location.path + (f"?{location.query}" if location.query else "")
            response = self._fetch("GET", path)
        assert response.status == 200, (path, response.status)
        return Reply(path, self._text("GET", path, response), transferred=response.transferred)

    def asset(self, path: str) -> Asset:
        if path not in self.assets:
            response = self._fetch("GET", path)
            content_type = response.headers.get("Content-Type", "")
            readable = response.status == 200 and ("css" in content_type or "javascript" in content_type)
            self.assets[path] = Asset(response.transferred, response.status, response.headers.get("Content-Encoding", ""),
                                      content_type, self._text("GET", path, response) if readable else "")
        return self.assets[path]

    def everything_for(self, reply: Reply) -> list[str]:
        """Every asset the page needs, and what those need in turn, each once."""
        page = BeautifulSoup(reply.html, "html.parser")
        wanted, found = page_assets(page, PUBLIC_BASE_URL + reply.path), []
        while wanted:
            path = wanted.pop(0)
            if path not in found:
                found.append(path)
                asset = self.asset(path)
                wanted += references(asset.content_type, asset.text, PUBLIC_BASE_URL + path, page)
        return found


class InProcessBrowser:
    """The same walk through the app's test client on the same database, counting the SQL each page runs."""

    def __init__(self, app):
        self.app, self.client = app, app.test_client()

    def go(self, method: str, path: str, form: dict | None = None) -> Reply:
        with self.app.app_context(), counting_queries() as statements:
            response = self.client.open(path, method=method, data=form)
        while response.status_code in (301, 302, 303, 307, 308):
            path = response.location
            with self.app.app_context(), counting_queries() as statements:
                response = self.client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        return Reply(urlsplit(path).path, response.get_data(as_text=True), queries=len(statements))


def link_to(html: str, text: str) -> str:
    page = BeautifulSoup(html, "html.parser")
    return next(a["href"] for a in page.find_all("a", href=True) if text in " ".join(a.get_text().split()))


def form_on(html: str, here: str) -> tuple[str, dict]:
    """The page's first form (the question, or sending the answers): its address and hidden fields."""
    form = BeautifulSoup(html, "html.parser").find_all("form")[0]
    fields = {i["name"]: i.get("value", "") for i in form.find_all("input", attrs={"type": "hidden", "name": True})}
    return form.get("action") or here, fields


def walk(browser, link: str, version: str, on_page: Callable[[str, Reply], None]) -> None:
    """Open the link and go through every page as a child would, calling `on_page` with each page's name:
    the start page, each question (answered so as to open every page that depends on it), getting help,
    checking the answers, and the page after sending them."""
    questionnaire = registry.get(version)
    reply = browser.go("GET", link)
    on_page("start", reply)
    reply = browser.go("GET", link_to(reply.html, "Start now"))
    first_question = reply.path
    while reply.path != "/consultation/check":
        question = questionnaire.question(reply.path.rsplit("/", 1)[1])
        on_page(question.id, reply)
        action, fields = form_on(reply.html, reply.path)
        reply = browser.go("POST", action, {**fields, **form_data(questionnaire, question)})
    on_page("check", reply)
    action, fields = form_on(reply.html, reply.path)
    on_page("get help", browser.go("GET", f"/consultation/get-help?next={first_question}"))
    on_page("done", browser.go("POST", action, fields))


@dataclass
class Weighed:
    version: str
    page: str
    html: int  # a later page: the HTML only, assets cached
    first_visit: int  # the HTML and everything it needs, from an empty cache
    new_assets: int  # assets this page needs that no earlier page of the walk did
    queries: int = 0
    asset_count: int = 0
    missing: list[str] = field(default_factory=list)  # assets referenced but not served (not 200)


def weigh(port: int, app, links: dict[str, list[str]]) -> tuple[list[Weighed], dict[str, Asset]]:
    """Each version walked twice on its own links: over the wire for weights, in process for queries. Returns
    every page weighed, and every asset fetched by its path."""
    assets: dict[str, Asset] = {}
    weighed: list[Weighed] = []
    for version, (served_link, in_process_link) in ((v, links[v][:2]) for v in links):
        served = ServedBrowser(port, assets)
        seen: set[str] = set()
        pages: list[Weighed] = []

        def measure(name: str, reply: Reply) -> None:
            needed = served.everything_for(reply)
            new = [path for path in needed if path not in seen]
            seen.update(needed)
            pages.append(Weighed(
                version, name, reply.transferred,
                reply.transferred + sum(served.asset(path).transferred for path in needed),
                sum(served.asset(path).transferred for path in new), asset_count=len(needed),
                missing=[path for path in needed if served.asset(path).status != 200]))

        walk(served, served_link, version, measure)
        queries: dict[str, int] = {}
        walk(InProcessBrowser(app), in_process_link, version, lambda name, reply: queries.__setitem__(name, reply.queries))
        for page in pages:
            page.queries = queries[page.page]
        weighed += pages
    return weighed, assets
