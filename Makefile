# Kota: `make demo` serves the demo network, `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
# Test processes in parallel (pytest-xdist); TEST_WORKERS=0 runs the suite in one process.
TEST_WORKERS ?= 2
STAMP := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: install demo serve test test-postgres lint format bench messages assets test-tools lock clean

$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	@rm -f $(VENV)/.installed-* && touch $@

install: $(STAMP)

demo: install
	DEBUG=true $(BIN)/python manage.py migrate --noinput
	DEBUG=true $(BIN)/python manage.py seed_demo --scale small --seed 1
	@$(MAKE) --no-print-directory serve

serve: install
	@echo "Kota is at http://127.0.0.1:$(PORT)/ (Ctrl-C stops it)"
	@DEBUG=true sh -c 'trap "kill 0" INT TERM EXIT; \
		$(BIN)/python manage.py db_worker >var/worker.log 2>&1 & \
		while sleep 60; do $(BIN)/python manage.py send_mailings >/dev/null; \
			$(BIN)/python manage.py send_event_reminders >/dev/null; done & \
		$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)'

test: install
	$(BIN)/python -m pytest -n $(TEST_WORKERS) $(PYTEST_ARGS)

test-postgres: install
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/kota} $(BIN)/python -m pytest -n $(TEST_WORKERS) $(PYTEST_ARGS)

# ruff, and the layers contract in pyproject.toml: apps import only the apps below them.
lint: install
	$(BIN)/ruff check kota bench
	$(BIN)/ruff format --check kota bench
	$(BIN)/lint-imports

format: install
	$(BIN)/ruff check --fix kota bench
	$(BIN)/ruff format kota bench

bench: install
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

lock:
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --extra dev --python-version 3.11 --no-header -o requirements.lock

clean:
	rm -rf $(VENV) var
