"""The bench's own arithmetic and reading: percentiles, what a page and its assets make a browser fetch, wrk's summary."""

import gzip
import zlib

import pytest
from bs4 import BeautifulSoup

from tests.bench.figures import decoded, page_assets, percentile, references, script_imports, stylesheet_references, wrk_summary

BASE = "https://bench.example.org/consultation/feeling"


def test_percentiles_are_nearest_rank():
    times = [float(n) for n in range(100, 0, -1)]  # 1..100 in no order that helps
    assert percentile(times, 0.5) == 50
    assert percentile(times, 0.95) == 95
    assert percentile(times, 1.0) == 100
    assert percentile([7.0], 0.95) == 7
    assert percentile([1.0, 2.0, 3.0], 0.95) == 3


def test_a_page_fetches_its_stylesheets_scripts_icons_and_images_once_each_from_its_own_site():
    page = BeautifulSoup("""<html><head>
        <link rel="icon" href="/static/favicon.svg"><link rel="stylesheet" href="/static/app.css">
        <link rel="canonical" href="/elsewhere"><link rel="stylesheet" href="https://cdn.example.com/x.css">
        <script type="module" src="/static/init.js"></script></head><body>
        <img src="../pictures/face.svg" srcset="/pictures/face-2x.svg 2x, /pictures/face-3x.svg 3x">
        <img src="data:image/gif;base64,R0lGOD"><input type="image" src="/static/go.svg"><input type="text" src="/no">
        <div style="background: url('/static/dot.svg')"></div><img src="/static/app.css"></body></html>""", "html.parser")
    assert page_assets(page, BASE) == [
        "/static/favicon.svg", "/static/app.css", "/static/init.js", "/pictures/face.svg", "/pictures/face-2x.svg",
        "/pictures/face-3x.svg", "/static/go.svg", "/static/dot.svg",
    ]


def test_a_stylesheet_fetches_images_only_for_rules_that_apply_and_the_first_source_of_each_font():
    page = BeautifulSoup('<body><p class="crest">Hi</p><a class="link" href="#">x</a></body>', "html.parser")
    css = (
        '@import "/static/more.css";'
        "@font-face{font-family:x;src:url(/fonts/x.woff2) format('woff2'),url(/fonts/x.woff) format('woff')}"
        ".crest{background:url(\"/img/crest.svg\")}"
        ".header__logo,.footer__logo{background-image:url(/img/logo.svg)}"
        "@media (min-width:40em){.link:hover::after{background:url('/img/arrow.svg')}}"
        ".nothing{color:red}.inline{background:url(data:image/svg+xml;base64,AAA)}"
    )
    assert stylesheet_references(css, page) == ["/static/more.css", "/fonts/x.woff2", "/img/crest.svg", "/img/arrow.svg"]
    assert references("text/css; charset=utf-8", css, "https://bench.example.org/static/dist/app.css", page) == [
        "/static/more.css", "/fonts/x.woff2", "/img/crest.svg", "/img/arrow.svg",
    ]


def test_a_module_fetches_what_it_imports():
    script = """import { initAll } from './govuk-frontend.min.js'
        import "./side-effect.js"; export { x } from "../common/x.js"
        const later = () => import('./read-aloud.js'); const text = "nothing to fetch"
    """
    assert script_imports(script) == ["./govuk-frontend.min.js", "./side-effect.js", "../common/x.js", "./read-aloud.js"]
    assert references("text/javascript", script, "https://bench.example.org/static/dist/init.js", BeautifulSoup("", "html.parser")) == [
        "/static/dist/govuk-frontend.min.js", "/static/dist/side-effect.js", "/static/common/x.js", "/static/dist/read-aloud.js",
    ]
    assert references("image/svg+xml", script, BASE, BeautifulSoup("", "html.parser")) == []


def test_wrks_summary_is_its_last_json_line():
    output = 'Running 3s test @ http://127.0.0.1:8000\n  2 threads and 20 connections\n{"requests": 300, "p95_ms": 41.5}\n'
    assert wrk_summary(output) == {"requests": 300, "p95_ms": 41.5}
    with pytest.raises(ValueError):
        wrk_summary("Running 3s test\nconnection refused\n")


def test_a_compressed_body_is_read_as_sent_and_brotli_is_left_to_be_fetched_again():
    html = "<p>Your IRO: Sam</p>".encode() * 20
    assert decoded(gzip.compress(html), "gzip") == html
    assert decoded(zlib.compress(html), "deflate") == html
    assert decoded(html, None) == html
    assert decoded(html, "identity") == html
    assert decoded(b"\x1b\x00\x00", "br") is None
