"""Pure helpers of the bench: percentiles, the assets a page or stylesheet or script references, bodies as sent
before compression, wrk's summary."""

import gzip
import json
import math
import re
import zlib
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup
from soupsieve import SelectorSyntaxError

# What a browser fetches for a page: stylesheets, icons, preloads, scripts, images (and their srcset).
_LINK_RELS = {"stylesheet", "icon", "apple-touch-icon", "preload", "modulepreload", "manifest"}
_CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)""")
_CSS_IMPORT = re.compile(r"""@import\s+(['"])([^'"]+)\1""")
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")  # an innermost rule: its selectors (or @font-face) and declarations
_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_PSEUDO = re.compile(r"::?[\w-]+(?:\([^)]*\))?")
_JS_IMPORT = re.compile(r"""(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]+\s*from\s*)?(['"])([^'"]+)\1|\bimport\(\s*(['"])([^'"]+)\3\s*\)""")


def percentile(values: list[float], fraction: float) -> float:
    """The nearest-rank percentile: the smallest value with at least `fraction` of all values at or below it."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def _same_site(base: str, reference: str) -> str | None:
    """The reference as a path on the page's own site; None for data: URLs, fragments and other sites."""
    if reference.startswith(("data:", "#", "blob:")):
        return None
    absolute = urljoin(base, reference)
    parts = urlsplit(absolute)
    if parts.netloc != urlsplit(urljoin(base, "/")).netloc:
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _unique(paths) -> list[str]:
    return list(dict.fromkeys(path for path in paths if path))


def page_assets(soup: BeautifulSoup, base: str) -> list[str]:
    """Paths of what the page itself makes a browser fetch, in document order, each once."""
    found = []
    for link in soup.find_all("link", href=True):
        if _LINK_RELS & {rel.lower() for rel in link.get("rel", [])}:
            found.append(link["href"])
    found += [script["src"] for script in soup.find_all("script", src=True)]
    for image in soup.find_all(["img", "source", "input"]):
        if image.name == "input" and image.get("type") != "image":
            continue
        if image.get("src"):
            found.append(image["src"])
        found += [candidate.split()[0] for candidate in image.get("srcset", "").split(",") if candidate.strip()]
    for styled in soup.find_all(style=True):
        found += [match[1] for match in _CSS_URL.findall(styled["style"])]
    for style in soup.find_all("style"):
        found += stylesheet_references(style.get_text(), soup)
    return _unique(_same_site(base, reference) for reference in found)


def _applies(selectors: str, page: BeautifulSoup) -> bool:
    """Whether any of the rule's selectors picks an element of the page, states (:hover, ::before) left aside.
    A selector too hard to read counts as applying, so the weight is never understated."""
    for selector in selectors.split(","):
        plain = _PSEUDO.sub("", selector).strip() or "*"
        try:
            if page.select_one(plain) is not None:
                return True
        except (SelectorSyntaxError, NotImplementedError):  # CSS that soupsieve cannot read
            return True
    return False


def stylesheet_references(css: str, page: BeautifulSoup) -> list[str]:
    """What a stylesheet makes a browser fetch for this page: its @imports, the images of rules that apply to the
    page, and of each font the first source given (a browser takes the first format it supports, and every
    browser that runs our scripts reads woff2)."""
    css = _COMMENT.sub("", css)
    found = [match[1] for match in _CSS_IMPORT.findall(css)]
    for selectors, declarations in _RULE.findall(css):
        selectors = selectors.rsplit(";", 1)[-1]  # after any @import or @charset before the rule
        urls = [match[1] for match in _CSS_URL.findall(declarations)]
        if urls and selectors.strip().startswith("@font-face"):
            found.append(urls[0])
        elif urls and _applies(selectors, page):
            found += urls
    return _unique(found)


def script_imports(javascript: str) -> list[str]:
    """The modules a module script imports, statically or with import("…")."""
    return _unique(static or dynamic for _, static, _, dynamic in _JS_IMPORT.findall(javascript))


def references(content_type: str, text: str, base: str, page: BeautifulSoup) -> list[str]:
    """Paths a fetched asset makes a browser fetch in turn for this page, judged by its content type."""
    if "css" in content_type:
        found = stylesheet_references(text, page)
    elif "javascript" in content_type:
        found = script_imports(text)
    else:
        return []
    return _unique(_same_site(base, reference) for reference in found)


def decoded(body: bytes, encoding: str | None) -> bytes | None:
    """The body as sent before compression; None for an encoding the standard library cannot undo (brotli)."""
    if not encoding or encoding == "identity":
        return body
    if encoding == "gzip":
        return gzip.decompress(body)
    if encoding == "deflate":
        return zlib.decompress(body)
    return None


def wrk_summary(output: str) -> dict:
    """The figures our wrk script prints when it is done: the last line of its output that is a JSON object."""
    for line in reversed(output.splitlines()):
        if line.startswith("{"):
            return json.loads(line)
    raise ValueError(f"wrk printed no summary:\n{output[-2000:]}")


def kilobytes(size: int) -> str:
    return f"{size / 1024:.1f} KB"
