"""docs/benchmarks.md written from one run's figures: the machine, the budgets, and every table."""

from datetime import UTC, datetime

from tests.bench.figures import kilobytes


def _table(headings: list[str], rows: list[list], right_from: int = 1) -> list[str]:
    rule = ["---" if n < right_from else "---:" for n in range(len(headings))]
    return ["| " + " | ".join(map(str, row)) + " |" for row in (headings, rule, *rows)] + [""]


def markdown(machine: dict, budgets: list, weighed: list, assets: dict, load: list[dict] | None,
             workspace: dict | None, settings: dict) -> str:
    now = datetime.now(UTC)
    lines = [
        "# Benchmarks",
        "",
        f"Written by `make bench` (`{settings['command']}`) on {now.day} {now:%B %Y at %H:%M} UTC. Every figure "
        "below comes from that one run, on the machine described; run it again for figures of your own. The load "
        "average says how busy the machine was with other work when the figures were written.",
        "",
        "## The machine",
        "",
        *_table(["", ""], [[name, value] for name, value in machine.items()], right_from=2),
        "## Budgets",
        "",
        "The bench exits non-zero when one is missed.",
        "",
        *_table(["Budget", "Limit", "Worst measured", "Met", "Over"],
                [[b.name, b.limit, b.measured, "yes" if b.met else "**no**", ", ".join(b.over[:6])
                  + (f" and {len(b.over) - 6} more" if len(b.over) > 6 else "")] for b in budgets], right_from=5),
    ]
    if weighed:
        lines += [
            "## Page weights over the wire",
            "",
            f"Every page of each children's version, walked as a child walks it on the production server (gunicorn, "
            f"{settings['workers']} workers), asking for `Accept-Encoding: br, gzip`; bytes as transferred (the "
            "encoded body's Content-Length). *First visit*: the HTML and every stylesheet, script, image and font it "
            "references, and what those reference in turn, from an empty cache. *Later page*: the HTML alone, the "
            "assets cached. *New assets*: what this page needs that no earlier page of the walk did. *Queries*: SQL "
            "statements the app runs for the page, counted through its test client on the same database.",
            "",
        ]
        for version in dict.fromkeys(page.version for page in weighed):
            pages = [page for page in weighed if page.version == version]
            lines += [f"### {version}", ""]
            lines += _table(["Page", "Later page (HTML)", "First visit", "Assets", "New assets", "Queries"], [
                [page.page, kilobytes(page.html), kilobytes(page.first_visit), page.asset_count,
                 kilobytes(page.new_assets), page.queries] for page in pages])
            missing = sorted({path for page in pages for path in page.missing})
            if missing:
                lines += [f"Referenced but not served: {', '.join(f'`{path}`' for path in missing)}.", ""]
        lines += ["### Assets, as transferred", ""]
        lines += _table(["Asset", "Content-Encoding", "Status", "Transferred"], [
            [f"`{path}`", asset.encoding or "none", asset.status, kilobytes(asset.transferred)]
            for path, asset in assets.items()], right_from=2)
    if load:
        healthz = next(result for result in load if result["request"] == "GET /healthz")
        timed = [result for result in load if "requests" in result]
        forged = next(result for result in load if result["request"] == "a forged signature")
        lines += [
            "## Under load",
            "",
            f"wrk with {settings['clients']} connections at once ({settings['threads']} threads) for "
            f"{settings['seconds']:g} s each, after {settings['warm_up']:g} s of the same to warm up; gunicorn with "
            f"{settings['workers']} workers (two for each core, and one more), production settings, PostgreSQL. The "
            f"children's requests cycle through {settings['children_under_load']} children, of every version, each "
            "with the session cookie their browser got on opening their link; an answer is posted with its form's "
            "CSRF token, as a browser posts it (wrk sends requests the bench prepared that way, from "
            "`tests/bench/requests.lua`). Texts come from "
            f"{settings['phones']} phones, each signed with Twilio's RequestValidator and each with its own message "
            f"id, answering and going BACK in turn. A forged signature got {forged['status']}. Each client sends its "
            "next request as soon as the last is answered, so these are the most the server can do: latency here is "
            "mostly waiting for a worker, which is why /healthz is given beside each.",
            "",
            *_table(["Request", "Requests", "Per second", "p50 ms", "p95 ms", "Max ms", "Errors", "p50 / /healthz p50"], [
                [r["request"], f"{r['requests']:,}", f"{r['per_second']:.0f}", f"{r['p50_ms']:.1f}", f"{r['p95_ms']:.1f}",
                 f"{r['max_ms']:.1f}", r["socket_errors"] + r["status_errors"], f"{r['p50_ms'] / healthz['p50_ms']:.1f}×"]
                for r in timed]),
        ]
    if workspace:
        lines += [
            f"## The workspace at {workspace['children']:,} children",
            "",
            f"Each page {workspace['runs']} times through the app in the bench's own process, after one untimed "
            f"request; the IRO is {workspace['iro']} ({workspace['own']} children), the manager sees them all.",
            "",
            *_table(["Page", "Median ms", "p95 ms", "Queries", "Peak MB"], [
                [p["page"], f"{p['median']:.1f}", f"{p['p95']:.1f}", p["queries"], f"{p['rss']:.0f}"]
                for p in workspace["pages"]]),
            "EXPLAIN (ANALYZE, BUFFERS) of the manager caseload's main queries (the page of rows, and its count):",
            "",
            *_table(["Page", "Rows ms", "Count ms", "Of which JIT ms"], [
                [p["page"], f"{p['rows_ms']:.1f}", f"{p['count_ms']:.1f}", f"{p['jit_ms']:.0f}"] for p in workspace["plans"]]),
        ]
    return "\n".join(lines).rstrip() + "\n"
