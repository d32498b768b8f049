# Listen to Me: `make run` to try it, `make test` to check it. Both install what they need.
VENV := .venv
PY := $(VENV)/bin/python
FLASK := $(VENV)/bin/flask --app wsgi
PYTEST := $(PY) -m pytest
# The suite runs in one process per core, each taking the next test as it finishes one.
PARALLEL := -n auto --dist worksteal
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run serve test install assets chromium wrk translations catalogs screenshots bench

# The app starts in production unless told otherwise; `make run` is for trying it, so it says development.
run: export FLASK_CONFIG := development
run: install catalogs
	$(FLASK) db upgrade
	$(FLASK) demo-data
	@echo "\nStarting Listen to Me on http://127.0.0.1:5000 and the outbox worker (Ctrl+C stops both)"
	@$(FLASK) outbox worker & worker=$$!; trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
		$(FLASK) run --host 127.0.0.1 --port 5000

# The production stack in the foreground, from the environment's settings (docs/deployment.md): PostgreSQL at
# DATABASE_URL and Redis at REDIS_URL, migrated once, then gunicorn, the outbox worker and the scheduler under
# supervisord, which restarts any that dies. Ctrl+C or SIGTERM stops them all.
serve: install catalogs
	exec $(PY) -m app.serving

# The suite runs on SQLite, then again on PostgreSQL when it can be reached (required when CI is set).
# The browser tests of how pages look and behave (the walks of every questionnaire page, in three browser set-ups and
# in Arabic and Welsh; keyboard, right to left, language links, read aloud, privacy notices) do not depend on the
# database, so the PostgreSQL run leaves them out; the browser journeys that save and read records stay in. The test
# of `make serve` always runs on PostgreSQL, so it runs once.
PAGES_ONLY := every_questionnaire languages_walk child_page_extras keyboard language_links right_to_left privacy_pages
test: install chromium catalogs
	$(PYTEST) $(PARALLEL)
	@url=$$($(PY) -m tests.postgres); \
	if [ -n "$$url" ]; then \
		echo "\nAgain on PostgreSQL:"; \
		TEST_DATABASE_URL=$$url $(PYTEST) $(PARALLEL) --ignore tests/test_serve.py \
			$(foreach name,$(PAGES_ONLY),--ignore tests/browser/test_$(name).py); \
	elif [ -n "$$CI" ]; then \
		echo "PostgreSQL at 127.0.0.1:5432 is required when CI is set"; exit 1; \
	else \
		echo "PostgreSQL is not reachable at 127.0.0.1:5432: its run is skipped"; \
	fi

install: $(VENV)/.installed assets

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

assets: app/static/dist/manifest.json

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

# The CSS, scripts and pictures, each also under a name carrying a hash of its contents (kept a year by browsers),
# with manifest.json naming them for the templates, and .br and .gz copies for the server to send as they are.
app/static/dist/manifest.json: node_modules/.installed $(wildcard app/static/src/* app/static/src/pictures/*)
	npm run build

# Debian's Chromium and ChromeDriver for the browser tests (never a browser download), and Java for the
# Nu HTML Checker.
chromium:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null && command -v java >/dev/null || \
		{ apt-get update && apt-get install -y --no-install-recommends chromium chromium-driver default-jre-headless; }

# A backup of DATABASE_URL's PostgreSQL database: pg_dump's custom format, in BACKUP_DIR (default instance/backups),
# named by the time. `make restore FILE=...` loads one into the empty database DATABASE_URL names, and refuses any
# other. The encryption keys are not in a backup: keep them apart from it (docs/backups-and-resilience.md).
.PHONY: backup restore postgresql-client
backup: $(VENV)/.installed postgresql-client
	$(PY) -m app.backups backup

restore: $(VENV)/.installed postgresql-client
	@test -n "$(FILE)" || { echo "Name the backup: make restore FILE=instance/backups/listen-to-me-....dump"; exit 1; }
	$(PY) -m app.backups restore "$(FILE)"

# Debian's pg_dump and pg_restore; the backup commands check their version is the server's.
postgresql-client:
	@command -v pg_dump >/dev/null && command -v pg_restore >/dev/null || \
		{ apt-get update && apt-get install -y --no-install-recommends postgresql-client; }

# Extract every marked string into the .pot and bring each language's .po up to date.
translations: $(VENV)/.installed
	$(VENV)/bin/pybabel extract -F babel.cfg -k _l -k lazy_gettext --ignore-dirs ".* _* node_modules" --no-location --sort-output \
		--project "Listen to Me" -o translations/messages.pot .
	$(VENV)/bin/pybabel update --no-fuzzy-matching -i translations/messages.pot -d translations
	$(MAKE) catalogs

catalogs: $(VENV)/.installed
	$(VENV)/bin/pybabel compile -d translations

# Phone-size pictures of the child pages and the IRO caseload, for the README.
screenshots: install chromium catalogs
	$(PY) -m tests.browser.screenshots

# Debian's wrk, the load tool of `make bench`.
wrk:
	@command -v wrk >/dev/null || { apt-get update && apt-get install -y --no-install-recommends wrk; }

# The service measured as people meet it, written to docs/benchmarks.md; fails when a budget is missed. The weight
# of every children's page and the SQL it runs, then requests a second and latency under 20 clients (wrk) on a
# production server (gunicorn); then the workspace at 100,000 children on PostgreSQL at 127.0.0.1:5432 (its own
# database, listen_to_me_bench, seeded once and then reused; `$(PY) -m tests.bench --fresh` seeds it again).
# `$(PY) -m tests.bench --quick` measures each load for 3 s instead of 10; `--only service|workspace` runs one part.
bench: install wrk catalogs
	$(PY) -m tests.bench
