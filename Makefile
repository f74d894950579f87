# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint typecheck unit bench clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/chronik tag examples/kim-xi-2019-01.txt --format table
	$(BIN)/chronik events examples/kim-xi-2019-01.txt --format table
	$(BIN)/chronik explain "Kim hatte bereits am Mittwoch seinen zweitägigen Besuch beendet." --lang de --dct 2019-01-10

lint: $(STAMP)
	$(BIN)/ruff check src tests $(wildcard bench) $(wildcard tools)

typecheck: $(STAMP)
	$(BIN)/mypy

# pytest exits 5 when it collected no test: that must fail loudly, and it does (any non-zero exit fails make).
unit: $(STAMP)
	$(BIN)/pytest -q

test: lint typecheck unit

bench: $(STAMP)
	$(BIN)/pip install --quiet -e '.[dev,bench]'
	$(BIN)/python -m bench.run

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
