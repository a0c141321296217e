# Kota: `make demo` serves the demo network, `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
# Test processes in parallel (pytest-xdist); TEST_WORKERS=0 runs the suite in one process.
TEST_WORKERS ?= 2
# What serving needs (requirements.lock) and what tests, lint and benchmarks add
# (requirements-dev.lock, the same pins plus the tools); each is installed once per version.
STAMP := $(VENV)/.installed-runtime-$(shell cat requirements.lock pyproject.toml | cksum | cut -d' ' -f1)
DEV_STAMP := $(VENV)/.installed-dev-$(shell cat requirements-dev.lock pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: install install-dev demo demo-data check-fonts serve test test-postgres lint format bench messages assets test-tools lock clean

$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	@rm -f $(VENV)/.installed-runtime-* && touch $@

$(DEV_STAMP): requirements-dev.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.lock
	@rm -f $(VENV)/.installed-dev-* $(VENV)/.installed-runtime-* && touch $@ $(STAMP)

install: $(STAMP)

install-dev: $(DEV_STAMP)

# Development settings for this checkout only (git-ignored), read by manage.py, so that every
# command in README.md runs as written after `make demo`. Never copy it to a server.
.env:
	@printf '%s\n' \
		'# Written by make demo: development settings for this checkout, read by manage.py.' \
		'# Variables set in the environment win. Never use this file in production.' \
		'DEBUG=true' \
		"SECRET_KEY=$$($(PYTHON) -c 'import secrets; print(secrets.token_urlsafe(50))')" > $@
	@echo "Wrote .env (DEBUG=true and a new SECRET_KEY) for manage.py."

demo: demo-data
	@$(MAKE) --no-print-directory serve

# The demo network in the local database; a second run keeps it and prints the accounts again.
demo-data: install .env
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py seed_demo --scale small --seed 1
	@$(MAKE) --no-print-directory check-fonts

# Invoice PDFs print names in Chinese, Japanese, Korean and Thai: without these fonts (and
# Pango, which WeasyPrint draws with) they come out as boxes. Warns; does not stop the demo.
check-fonts:
	@missing=""; \
	fc-list : family 2>/dev/null | grep -q "Noto Sans CJK" || missing="$$missing fonts-noto-cjk"; \
	fc-list : family 2>/dev/null | grep -q "Noto Sans Thai" || missing="$$missing fonts-noto-core"; \
	PATH="$$PATH:/sbin:/usr/sbin" ldconfig -p 2>/dev/null | grep -q libpangoft2-1.0 || missing="$$missing libpango-1.0-0 libpangoft2-1.0-0"; \
	if [ -n "$$missing" ]; then \
		echo "Invoice PDFs need fonts (and Pango) that this machine lacks: Chinese and Thai names would print as boxes."; \
		echo "Install them with: sudo apt-get install$$missing"; \
	fi

serve: install
	@echo "Kota is at http://127.0.0.1:$(PORT)/ (Ctrl-C stops it)"
	@DEBUG=true sh -c 'trap "kill 0" INT TERM EXIT; \
		$(BIN)/python manage.py db_worker >var/worker.log 2>&1 & \
		while sleep 60; do $(BIN)/python manage.py send_mailings >/dev/null; \
			$(BIN)/python manage.py send_event_reminders >/dev/null; done & \
		$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)'

test: install-dev
	$(BIN)/python -m pytest -n $(TEST_WORKERS) $(PYTEST_ARGS)

test-postgres: install-dev
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/kota} $(BIN)/python -m pytest -n $(TEST_WORKERS) $(PYTEST_ARGS)

# ruff, and the layers contract in pyproject.toml: apps import only the apps below them.
lint: install-dev
	$(BIN)/ruff check kota bench
	$(BIN)/ruff format --check kota bench
	$(BIN)/lint-imports

format: install-dev
	$(BIN)/ruff check --fix kota bench
	$(BIN)/ruff format kota bench

bench: install-dev
	$(BIN)/python bench/run.py $(BENCH_ARGS)

# Translations: extract, then edit locale/*/LC_MESSAGES/django.po, then compile (both committed).
messages: install
	DEBUG=true $(BIN)/python manage.py makemessages -l id -l zh_Hans --no-obsolete --ignore=.venv --ignore=frontend
	DEBUG=true $(BIN)/python manage.py compilemessages --ignore=.venv

# Front-end assets from the npm registry, built into static/vendor (committed).
assets:
	cd frontend && npm ci && npm run build

# The browser tests' tools from the npm registry: axe-core (committed in kota/lib/testing/vendor
# by `npm run build`) and the Nu Html Checker's vnu.jar (not committed; run by Java).
test-tools:
	cd frontend/testing && npm ci --no-audit --no-fund

# Re-pin both locks from pyproject.toml (kept pins stay unless pyproject.toml needs others); the
# development lock is constrained by the runtime one, so both install the same versions.
lock:
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --python-version 3.11 --no-header -o requirements.lock
	$(BIN)/uv pip compile pyproject.toml --extra dev --python-version 3.11 --no-header \
		-c requirements.lock -o requirements-dev.lock

clean:
	rm -rf $(VENV) var
