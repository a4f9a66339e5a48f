# Two commands on a fresh machine: `make demo` and `make test`. Everything else is installed here.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DIR ?= demo-workspace
DEMO_PORT ?= 8000

.PHONY: install demo test lint typecheck unit bench clean system-deps

$(STAMP): pyproject.toml requirements.lock
	@echo "Installing banso and its tools into $(VENV) (the first time takes a few minutes)..."
	@test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements.lock -e '.[dev,postgres,spark]'
	@touch $(STAMP)

install: $(STAMP)

# System packages some tests need (a real browser, a real PostgreSQL); installed only when missing.
system-deps:
	@bash scripts/system-deps.sh

# Builds the demo workspace (about two minutes, with progress), then serves it until Ctrl+C: open the URL
# printed and sign in with the demo login printed above it.
demo: install
	@echo "Building the demo workspace in $(DEMO_DIR) (about two minutes)..."
	$(BIN)/banso demo $(DEMO_DIR) --force
	@echo "Serving $(DEMO_DIR): open http://127.0.0.1:$(DEMO_PORT)/ and sign in with the login above (Ctrl+C stops)."
	$(BIN)/banso serve -w $(DEMO_DIR) --port $(DEMO_PORT)

lint: install
	$(BIN)/ruff check banso tests bench
	$(BIN)/ruff format --check banso tests bench || true

typecheck: install
	$(BIN)/mypy banso

unit: install
	$(BIN)/pytest -q -p no:cacheprovider

test: install system-deps
	$(BIN)/ruff check banso tests bench
	$(BIN)/mypy banso
	$(BIN)/pytest -q -p no:cacheprovider

bench: install
	$(BIN)/python -m bench.run

clean:
	rm -rf $(VENV) $(DEMO_DIR) .mypy_cache .ruff_cache .pytest_cache
