"""The workspace at 100,000 children: the caseload, child page and annual report timed as staff meet them."""

import json
import re
import resource
import statistics
import time
from contextlib import contextmanager
from datetime import UTC, date, datetime

import psycopg
from flask_migrate import upgrade
from sqlalchemy import event, func, select

from app import create_app
from app.extensions import db
from app.models import Allocation, StaffMember, Submission
from app.reports.periods import last_financial_year
from tests.bench.figures import percentile
from tests.bench.seeding import DATABASE, PASSWORD, children_in_database, database_url, drop_database, seed
from tests.factories import TOTP_SECRET, totp_code

SLOW_MS = 300  # a caseload page slower than this (median) misses its target
SEARCH = "okafor"


@contextmanager
def recording_queries():
    """Every SQL statement run inside the block, with its parameters."""
    statements: list[tuple[str, object]] = []

    def record(conn, cursor, statement, parameters, context, executemany):
        statements.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


def _csrf(response) -> str:
    return re.search(r'name="csrf_token"[^>]*value="([^"]+)"', response.get_data(as_text=True)).group(1)


def signed_in(app, email: str):
    """A client signed in as a person is: password, then the code from their authenticator app. Requests are made
    outside any app context of ours, so each has its own (Flask-WTF keeps the CSRF token in `g`)."""
    with app.app_context():
        member = db.session.scalar(select(StaffMember).where(StaffMember.email == email))
        # The bench seeds its accounts in bulk, with no password set by the person and no two-factor: add both.
        member.password_set_at = member.password_set_at or datetime.now(UTC)
        member.totp_secret = member.totp_secret or TOTP_SECRET
        db.session.commit()
    client = app.test_client()
    response = client.post("/staff/sign-in", data={"csrf_token": _csrf(client.get("/staff/sign-in")), "email": email, "password": PASSWORD})
    assert response.status_code == 302 and response.location.endswith("/staff/sign-in/code"), f"could not sign in as {email}"
    token = _csrf(client.get("/staff/sign-in/code"))  # signing in starts a fresh session, with a token of its own
    with app.app_context():
        member = db.session.scalar(select(StaffMember).where(StaffMember.email == email))
        code = totp_code(member, member.totp_secret)  # the secret an earlier run may have set
    response = client.post("/staff/sign-in/code", data={"csrf_token": token, "code": code})
    assert response.status_code == 302 and "sign-in" not in response.location, f"could not enter the code for {email}"
    return client


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def measure(app, client, name: str, url: str, runs: int) -> dict:
    with app.app_context(), recording_queries() as statements:
        response = client.get(url)  # the first request warms caches and templates: counted, not timed
    assert response.status_code == 200, (url, response.status_code)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    result = {
        "page": name,
        "median": statistics.median(times),
        "p95": percentile(times, 0.95),
        "queries": len(statements),
        "rss": peak_rss_mb(),
        "statements": statements,
    }
    print(f"  {name:<40} {result['median']:>9.1f} {result['p95']:>9.1f} {result['queries']:>8} {result['rss']:>9.0f}",
          flush=True)
    return result


def explain(app, statement: str, parameters) -> dict:
    with app.app_context(), db.engine.connect() as connection:
        plan = connection.exec_driver_sql("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + statement, parameters).scalar()
    plan = plan[0] if isinstance(plan, list) else json.loads(plan)[0]
    return plan


def main_query(statements) -> tuple[str, object]:
    """The caseload's page of rows: the statement with LIMIT."""
    return next((s, p) for s, p in statements if "LIMIT" in s and "FROM child" in s)

def workspace(runs: int, fresh: bool, children: int) -> dict:
    """Seed the bench database unless it already holds every child, then time each page `runs` times."""
    if fresh:
        try:
            drop_database()
        except psycopg.OperationalError:
            pass
    url = database_url()
    app = create_app("test", SQLALCHEMY_DATABASE_URI=url)
    with app.app_context():
        upgrade()  # the real migrated schema, as `flask db upgrade` builds it
        found = children_in_database()
    if found == children:
        print(f"Reusing {DATABASE}: it already holds {found:,} children (--fresh seeds it again)")
    else:
        if found:
            print(f"{DATABASE} holds {found:,} children, not {children:,}: seeding it again")
            with app.app_context():
                db.engine.dispose()
                drop_database()
                database_url()
                upgrade()
        print(f"Seeding {children:,} children into {DATABASE} ...", flush=True)
        seed(app, children)
    print(f"Peak memory after seeding: {peak_rss_mb():.0f} MB\n")
    print(f"The workspace at {children:,} children, through the app in this process:")

    with app.app_context():
        iro = db.session.scalar(select(StaffMember).where(StaffMember.email == "iro1@bench.example.org"))
        own = db.session.scalar(
            select(func.count()).select_from(Allocation).where(Allocation.iro_id == iro.id, Allocation.ends_on.is_(None))
        )
        # A child of this IRO with views in, so the child page shows submissions and answers.
        child_id = db.session.scalar(
            select(Submission.child_id)
            .join(Allocation, (Allocation.child_id == Submission.child_id) & Allocation.ends_on.is_(None))
            .where(Allocation.iro_id == iro.id)
            .order_by(Submission.child_id)
            .limit(1)
        )
        year = last_financial_year(date.today())
    iro_client = signed_in(app, iro.email)
    manager_client = signed_in(app, "manager@bench.example.org")
    print(f"Each page {runs} times, after one untimed request. IRO: {iro.email} ({own} children); manager: all {children:,}.")
    print(f"  {'page':<40} {'median ms':>9} {'p95 ms':>9} {'queries':>8} {'peak MB':>9}")
    results = []
    for who, client in (("IRO", iro_client), ("manager", manager_client)):
        results.append(measure(app, client, f"{who} caseload, first page", "/staff/", runs))
        results.append(measure(app, client, f"{who} caseload, search '{SEARCH}'", f"/staff/?q={SEARCH}", runs))
        for show in ("due_soon", "overdue", "unread", "late", "no_views"):
            results.append(measure(app, client, f"{who} caseload, {show}", f"/staff/?show={show}", runs))
        results.append(measure(app, client, f"{who} caseload, page 2", "/staff/?page=2", runs))
        results.append(measure(app, client, f"{who} child page", f"/staff/children/{child_id}", runs))
    results.append(measure(app, manager_client, "managers' queue", "/staff/queue", runs))
    results.append(measure(app, manager_client, "IROs page", "/staff/team", runs))
    results.append(measure(app, manager_client, f"annual report {year.start.year}/{year.end.year % 100:02d}",
                           f"/staff/reports/annual?from={year.start}&to={year.end}", runs))

    print("\nEXPLAIN (ANALYZE, BUFFERS) of the manager caseload's main queries (the page of rows, and its count):")
    plans = []
    for result in results:
        if not result["page"].startswith("manager caseload"):
            continue
        statement, parameters = main_query(result["statements"])
        count = next((s, p) for s, p in result["statements"] if s.lstrip().upper().startswith("SELECT COUNT"))
        rows_plan, count_plan = explain(app, statement, parameters), explain(app, *count)
        jit = sum(plan.get("JIT", {}).get("Timing", {}).get("Total", 0) for plan in (rows_plan, count_plan))
        plans.append({"page": result["page"], "rows_ms": rows_plan["Execution Time"],
                      "count_ms": count_plan["Execution Time"], "jit_ms": jit})
        print(f"  {result['page']:<40} rows {rows_plan['Execution Time']:>8.1f} ms, count {count_plan['Execution Time']:>8.1f} ms"
              + (f" (of which JIT compiling {jit:.0f} ms)" if jit else ""))
    for result in results:
        del result["statements"]
    return {"children": children, "iro": iro.email, "own": own, "runs": runs, "pages": results, "plans": plans}


