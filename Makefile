# Two entry points for a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench screenshots clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)  ## install, then open the seeds corpus in the app
	$(BIN)/tuicompare seeds/

test: $(STAMP)  ## install, then run the whole test suite
	$(BIN)/python -m pytest -n 2 --dist loadgroup -q

bench: $(STAMP)  ## run the benchmarks whose figures are in the README
	for b in benchmarks/bench_*.py; do $(BIN)/python $$b || exit 1; done

screenshots: $(STAMP)  ## regenerate the SVGs in screenshots/
	$(BIN)/python scripts/screenshots.py

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis
