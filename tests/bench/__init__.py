"""`make bench`: the service measured as people meet it, in one run, written to docs/benchmarks.md.

`.venv/bin/python -m tests.bench [--quick] [--fresh] [--only workspace|service]`. Three parts, side by side: the
weight over the wire of every children's page of every version, and the SQL each runs; requests a second and
latency under 20 clients at once (wrk) for a question page, saving an answer and a text coming in, beside
/healthz; and the workspace at 100,000 children on PostgreSQL (database listen_to_me_bench, seeded once and then
reused). The served parts run on gunicorn with production settings and a small database of their own,
listen_to_me_bench_service, made afresh each run. Exits non-zero when a budget (tests/bench/budgets.py) is missed.
Not a test: it prints figures for people to read, and pytest does not collect it.
"""
