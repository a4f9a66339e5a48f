# Two commands on a fresh machine: `make demo` and `make test`. Everything else is installed here.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DIR ?= demo-workspace
DEMO_PORT ?= 8000

BROWSER_SDKS := tests/collector/browser
# The suite on three processes; groups of tests handed out in the order tests/durations.py gives them.
# pytest keeps the test modules it rewrites for its assertion messages (tests/**/__pycache__), even where
# PYTHONDONTWRITEBYTECODE is set: each process collected them again at 10 CPU-s instead of 6.
PYTEST = PYTHONDONTWRITEBYTECODE= $(BIN)/pytest -q -p no:cacheprovider -n 3 --dist loadgroup --no-loadscope-reorder

.PHONY: install demo connectors-demo test lint typecheck unit test-durations bench clean system-deps browser-sdks

$(STAMP): pyproject.toml requirements.lock
	@echo "Installing banso and its tools into $(VENV) (the first time takes a few minutes)..."
	@test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements.lock -e '.[dev,postgres,spark,connectors]'
	@touch $(STAMP)

# Bytecode for banso's own modules (pip compiles the packages it installs, not an editable project):
# without it, where PYTHONDONTWRITEBYTECODE is set, every command compiled them again (0.15 s a start).
install: $(STAMP)
	@$(BIN)/python -m compileall -q banso

# System packages some tests need (a real browser, a real PostgreSQL); installed only when missing.
system-deps:
	@bash scripts/system-deps.sh

# The browser SDKs the collector's browser test runs, exactly as pinned in their package-lock.json
# (npm ci, from the npm registry); installed only when missing or when the lock file changes.
browser-sdks: $(BROWSER_SDKS)/node_modules/.package-lock.json

$(BROWSER_SDKS)/node_modules/.package-lock.json: $(BROWSER_SDKS)/package-lock.json
	cd $(BROWSER_SDKS) && npm ci --no-audit --no-fund --ignore-scripts

# Builds the demo workspace (about two minutes, with progress), then serves it until Ctrl+C: open the URL
# printed and sign in with the demo login printed above it.
demo: install
	@echo "Building the demo workspace in $(DEMO_DIR) (about two minutes)..."
	$(BIN)/banso demo $(DEMO_DIR) --force
	@echo "Serving $(DEMO_DIR): open http://127.0.0.1:$(DEMO_PORT)/ and sign in with the login above (Ctrl+C stops)."
	$(BIN)/banso serve -w $(DEMO_DIR) --port $(DEMO_PORT)

# The demo workspace pointed at local stand-ins of Salesforce, HubSpot, Zendesk and Intercom (127.0.0.1:8601-8604):
# each `banso sync pull|push` runs in the terminal, then the web app serves its Connections page
# (docs/connectors.md, "Watch a sync run"). Ctrl+C stops the web app and the stand-ins.
connectors-demo: install
	$(BIN)/banso demo $(DEMO_DIR) --force
	$(BIN)/python -m banso.demo.vendors.run $(DEMO_DIR) --port $(DEMO_PORT)

lint: install
	$(BIN)/ruff check banso tests bench
	$(BIN)/ruff format --check banso tests bench || true

typecheck: install
	$(BIN)/mypy banso

unit: install
	$(PYTEST)

test: install system-deps browser-sdks
	$(BIN)/ruff check banso tests bench
	$(BIN)/mypy banso
	$(PYTEST) --durations=15

# Measure every test as `make test` runs it and keep the times in tests/durations.json, which orders the
# groups of tests longest first (tests/durations.py). Worth running again when tests are added or get slower.
test-durations: install system-deps browser-sdks
	BANSO_RECORD_TEST_DURATIONS=1 $(PYTEST)

bench: install
	$(BIN)/python -m bench.run

clean:
	rm -rf $(VENV) $(DEMO_DIR) .mypy_cache .ruff_cache .pytest_cache $(BROWSER_SDKS)/node_modules
