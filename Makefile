# Listen to Me: `make run` to try it, `make test` to check it. Both install what they need.
VENV := .venv
PY := $(VENV)/bin/python
FLASK := $(VENV)/bin/flask --app wsgi
PYTEST := $(PY) -m pytest
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test install assets chromium translations catalogs screenshots bench

# The app starts in production unless told otherwise; `make run` is for trying it, so it says development.
run: export FLASK_CONFIG := development
run: install catalogs
	$(FLASK) db upgrade
	$(FLASK) demo-data
	@echo "\nStarting Listen to Me on http://127.0.0.1:5000 and the outbox worker (Ctrl+C stops both)"
	@$(FLASK) outbox worker & worker=$$!; trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
		$(FLASK) run --host 127.0.0.1 --port 5000

# The suite runs on SQLite, then again on PostgreSQL when it can be reached (required when CI is set).
# The walk of every questionnaire page in four browser set-ups checks what pages look like, which
# does not depend on the database, so the PostgreSQL run leaves it out (the browser journey stays in).
test: install chromium catalogs
	$(PYTEST)
	@url=$$($(PY) -m tests.postgres); \
	if [ -n "$$url" ]; then \
		echo "\nAgain on PostgreSQL:"; \
		TEST_DATABASE_URL=$$url $(PYTEST) --ignore tests/browser/test_every_questionnaire.py; \
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

# 100,000 children on PostgreSQL at 127.0.0.1:5432 (its own database, listen_to_me_bench, seeded once and then
# reused; `$(PY) -m tests.bench --fresh` seeds it again): caseload, child page and annual report timings; then
# ten phones texting the signed webhook at once on a production server (`--only webhook` runs just that part).
bench: install
	$(PY) -m tests.bench
