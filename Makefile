# Entry points for a fresh machine: `make run`, `make test`, `make test-fast` and `make lint`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LINT_PATHS := src tests benchmarks scripts

.PHONY: run test test-fast lint bench screenshots clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)  ## install, then open the seeds corpus in the app
	$(BIN)/tuicompare seeds/

test: $(STAMP)  ## install, then run the whole test suite
	$(BIN)/python -m pytest -n 2 --dist loadgroup -q

test-fast: $(STAMP)  ## install, then run the suite without the tests marked slow (hardening, soak)
	$(BIN)/python -m pytest -n 2 --dist loadgroup -q -m "not slow"

lint: $(STAMP)  ## install, then check formatting, lint, types and the import contracts
	$(BIN)/ruff format --check $(LINT_PATHS)
	$(BIN)/ruff check $(LINT_PATHS)
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: $(STAMP)  ## run the benchmarks whose figures are in the README
	for b in benchmarks/bench_*.py; do $(BIN)/python $$b || exit 1; done

screenshots: $(STAMP)  ## regenerate the SVGs in screenshots/
	$(BIN)/python scripts/screenshots.py

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis .mypy_cache .ruff_cache .import_linter_cache
