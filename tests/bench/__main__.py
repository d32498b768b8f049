"""The bench's command line: runs every part, prints as it goes, writes docs/benchmarks.md, and fails a missed budget."""

import argparse
import os
import shutil
import sys

import psycopg

from app.extensions import db
from tests.bench import budgets as promised
from tests.bench import machine, report
from tests.bench.figures import kilobytes
from tests.bench.load import CLIENTS, load, wrk_threads
from tests.bench.seeding import CHILDREN
from tests.bench.server import (
    REPO,
    VERSIONS,
    app_beside,
    fresh_service_database,
    phone_numbers,
    production_server,
    production_settings,
    seed_service,
    workers_for_this_machine,
)
from tests.bench.weights import weigh
from tests.bench.workspace import workspace
from tests.postgres import ADMIN_URL

PHONES = 100  # texting at once: each phone's next text comes long after its last has been answered
CHILDREN_UNDER_LOAD = 5  # of each version: 20 children, as many as clients
OUTPUT = os.path.join(REPO, "docs", "benchmarks.md")


def postgres_reachable() -> bool:
    try:
        psycopg.connect(ADMIN_URL, connect_timeout=3).close()
    except psycopg.OperationalError:
        return False
    return True


def served(seconds: float, warm_up: float, workers: int, phones: int) -> tuple[list, dict, list[dict], dict]:
    """The page weights and the load, on one production server over a fresh small database."""
    settings = production_settings(fresh_service_database())
    app = app_beside(settings)
    links = seed_service(app, 2 + CHILDREN_UNDER_LOAD, phones)
    numbers = phone_numbers(phones)
    with production_server(settings, workers) as port:
        print(f"Children's pages over the wire from gunicorn ({workers} workers), with the SQL each runs:")
        print(f"  {'version':<20} {'page':<24} {'later':>9} {'first visit':>11} {'assets':>6} {'queries':>7}")
        weighed, assets = weigh(port, app, {version: version_links[:2] for version, version_links in links.items()})
        for page in weighed:
            print(f"  {page.version:<20} {page.page:<24} {kilobytes(page.html):>9} {kilobytes(page.first_visit):>11} "
                  f"{page.asset_count:>6} {page.queries:>7}")
        print(f"  {'asset':<52} {'transferred':>11} {'encoding':>8}")
        for path, asset in assets.items():
            print(f"  {path:<52} {kilobytes(asset.transferred):>11} {asset.encoding or 'none':>8}")
        print(f"\nUnder load: wrk, {CLIENTS} clients at once, {seconds:g} s each after {warm_up:g} s of warming up:")
        print(f"  {'request':<34} {'requests':>9} {'per second':>10} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'errors':>7}")
        under_load = load(port, settings, {version: version_links[2:] for version, version_links in links.items()},
                          numbers, seconds, warm_up)
    with app.app_context():
        db.engine.dispose()
    return weighed, assets, under_load, {"workers": workers, "phones": phones}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="3 s under each load instead of 10, and 5 runs a page")
    parser.add_argument("--fresh", action="store_true", help="drop the workspace database and seed it again")
    parser.add_argument("--runs", type=int, help="timed requests for each workspace page (default 20; 5 with --quick)")
    parser.add_argument("--children", type=int, default=CHILDREN, help=f"children in the workspace (default {CHILDREN:,})")
    parser.add_argument("--only", choices=("workspace", "service"),
                        help="one part: the workspace, or the children's pages and texts on the production server")
    parser.add_argument("--workers", type=int, default=workers_for_this_machine(),
                        help=f"the server's worker processes (default {workers_for_this_machine()}, from the cores)")
    parser.add_argument("--phones", type=int, default=PHONES, help=f"phones texting (default {PHONES})")
    arguments = parser.parse_args()
    seconds, warm_up = (3, 1) if arguments.quick else (10, 2)
    runs = arguments.runs or (5 if arguments.quick else 20)
    if not postgres_reachable():
        print(f"make bench needs PostgreSQL at {ADMIN_URL.rsplit('@', 1)[-1].rsplit('/', 1)[0]} (user postgres): "
              "it cannot be reached. Start it, or set POSTGRES_ADMIN_URL.", file=sys.stderr)
        return 1
    if arguments.only != "workspace" and shutil.which("wrk") is None:
        print("make bench needs wrk, the load tool (`make wrk` installs Debian's).", file=sys.stderr)
        return 1

    weighed, assets, under_load, service = [], {}, None, {"workers": arguments.workers, "phones": arguments.phones}
    if arguments.only != "workspace":
        weighed, assets, under_load, service = served(seconds, warm_up, arguments.workers, arguments.phones)
    figures = workspace(runs, arguments.fresh, arguments.children) if arguments.only != "service" else None

    budgets = promised.check(weighed, figures)
    failed = [result for result in under_load or [] if result.get("socket_errors") or result.get("status_errors")]
    if under_load and next(r for r in under_load if r["request"] == "a forged signature")["status"] != 403:
        failed.append({"request": "a forged signature was not refused"})
    print("\nBudgets:")
    for budget in budgets:
        print(f"  {'met   ' if budget.met else 'MISSED'} {budget.name} {budget.limit}: {budget.measured}")
    if arguments.only is None:
        settings = {"command": " ".join(["python -m tests.bench", *sys.argv[1:]]), "seconds": seconds,
                    "warm_up": warm_up, "clients": CLIENTS, "threads": wrk_threads(),
                    "children_under_load": CHILDREN_UNDER_LOAD * len(VERSIONS), **service}
        with open(OUTPUT, "w") as file:
            file.write(report.markdown(machine.describe(), budgets, weighed, assets, under_load, figures, settings))
        print(f"\nWritten to {os.path.relpath(OUTPUT, REPO)}")
    if failed:
        print(f"Requests failed under load: {', '.join(r['request'] for r in failed)}", file=sys.stderr)
    return 1 if failed or not all(budget.met for budget in budgets) else 0


if __name__ == "__main__":
    sys.exit(main())
