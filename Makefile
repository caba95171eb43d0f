# Samplan: `make run` for the demo, `make test` for the suite. See README.md.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.requirements-installed
PORT ?= 8000

.PHONY: run test lint format security e2e bench bench-smoke install migrate stack stack-test css

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Reinstall only when requirements.txt changed since the last install.
$(STAMP): requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $(STAMP)

install: $(STAMP)

migrate: install
	$(BIN)/python manage.py migrate --noinput

run: migrate
	$(BIN)/python manage.py seed_demo_if_empty
	@echo ""
	@echo "Samplan kjører på http://127.0.0.1:$(PORT)/"
	@echo "Demokontoer (passord samplan-demo): admin, nordby-admin, sorvik-admin, nordby-koord,"
	@echo "  nordby-koord2, sorvik-koord, kari, ola, lise, per, sara, siri, ukjent"
	@echo ""
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

# The suite signs in through a real OpenID provider (tests/oidc_provider: node, npm oidc-provider).
test: install node_modules/.package-lock.json
	$(BIN)/python manage.py compilemessages --ignore=.venv --ignore=node_modules -v0
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Browser journeys and accessibility checks in Debian's Chromium (apt-get install chromium; npm ci).
e2e: install node_modules/.package-lock.json
	$(BIN)/python manage.py compilemessages --ignore=.venv --ignore=node_modules -v0
	$(BIN)/pytest -m e2e tests/e2e

node_modules/.package-lock.json: package-lock.json
	npm ci --no-audit --no-fund

# The site's stylesheet: Designsystemet's theme and components (pinned in package-lock.json) and
# Samplan's own layer, in one static file that is committed, so `make run` needs no npm.
DS_THEME := node_modules/@digdir/designsystemet-theme/brand/digdir.css
DS_COMPONENTS := node_modules/@digdir/designsystemet-css/dist/src/index.css
SITE_CSS := static_src/css/site.css
css: node_modules/.package-lock.json
	printf '@charset "UTF-8";\n/* Built by `make css` from %s, %s and %s. Do not edit. */\n' \
		$(DS_THEME) $(DS_COMPONENTS) styles/samplan.css > $(SITE_CSS)
	cat $(DS_THEME) $(DS_COMPONENTS) styles/samplan.css | grep -v '^@charset' >> $(SITE_CSS)

security: install
	DJANGO_SETTINGS_MODULE=samplan.settings.production SECRET_KEY=$$(python3 -c 'import secrets; print(secrets.token_urlsafe(64))') \
		ALLOWED_HOSTS=samplan.example.no SAMPLAN_PID_DIGEST_KEY=$$(python3 -c 'import secrets; print(secrets.token_urlsafe(48))') $(BIN)/python manage.py check --deploy --fail-level WARNING
	$(BIN)/ruff check --select S .

# Benchmarks on PostgreSQL (bench/README.md): each scale in its own database, samplan_bench_<scale>,
# created and loaded with seed_load on first use. `make bench SCALES="1k 100k"` for national scale.
SCALES ?= 1k 10k
bench: install
	$(BIN)/pip install --quiet -r bench/requirements.txt
	@for scale in $(SCALES); do \
		psql -h 127.0.0.1 -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='samplan_bench_$$scale'" | grep -q 1 \
		|| psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE samplan_bench_$$scale"; \
	done
	$(BIN)/python -m bench --scales $(SCALES)
	STACK_RESULTS_DIR=bench/results $(BIN)/pytest -m stack tests/stack -s -q

# Every scenario at 1k, 3 iterations, a short throughput run: fails on any unexpected status or
# a query count above its pin (bench/scenarios.py), never on time. BENCH_DATABASE_URL as above.
bench-smoke: install
	$(BIN)/pip install --quiet -r bench/requirements.txt
	@[ -n "$$BENCH_DATABASE_URL" ] \
		|| psql -h 127.0.0.1 -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='samplan_bench_1k'" | grep -q 1 \
		|| psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE samplan_bench_1k"
	$(BIN)/python -m bench --scales 1k --smoke

# The service stack (README, "Drift"): PostgreSQL (the machine's, at 127.0.0.1:5432, a fresh
# database), a redis-server and moto's S3 server on ports of their own, two gunicorn processes
# with production settings and the task worker. `make stack` runs it with the demo world until
# Ctrl-C; `make stack-test` runs the tests on it (STACK_LOAD_SECONDS, default 60).
stack: install
	$(BIN)/python -m tests.stack.stack

stack-test: install
	$(BIN)/python manage.py compilemessages --ignore=.venv --ignore=node_modules -v0
	$(BIN)/pytest -m stack tests/stack -s
