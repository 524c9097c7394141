# dateline: two commands on a fresh machine.
#   make demo   sets everything up, ingests the bundled examples offline, prints their events
#   make test   sets everything up and runs the whole test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO_DB ?= demo.db

.PHONY: setup demo serve test bench report lint vendor clean help compiled

help:
	@echo "make demo    set up and run dateline on the bundled examples"
	@echo "make test    set up and run the test suite"
	@echo "make bench   throughput, memory, cold start, API latency (writes bench/out/bench.json;"
	@echo "             BENCH_ARGS='--only extract,spacy' measures those sections again, keeps the rest)"
	@echo "make report  regenerate the README's Quality and Speed tables"
	@echo "make lint    ruff and mypy (types checked, pydantic plugin)"
	@echo "make compiled  the engine compiled to C with mypyc, in build/compiled (make bench measures it)"
	@echo "make serve   the map dashboard and HTTP API over demo.db (after make demo)"
	@echo "make vendor  re-fetch the dashboard's browser libraries from npm (needs npm)"

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[dev,postgres,parquet,serve,distributed]'
	touch $(STAMP)

setup: $(STAMP)

demo: setup
	$(BIN)/dateline gazetteer build
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/dateline ingest examples --db $(DEMO_DB)
	$(BIN)/dateline events --db $(DEMO_DB)
	@echo ""
	@echo "Next:"
	@echo "  $(BIN)/dateline events --db $(DEMO_DB) --country IQ --format csv > iraq.csv"
	@echo "  $(BIN)/dateline events --db $(DEMO_DB) --format geojson -o events.geojson   # opens in QGIS"
	@echo "  $(BIN)/dateline events --db $(DEMO_DB) --canonical                          # one row per real event"
	@echo "  $(BIN)/dateline claims --db $(DEMO_DB)                                      # tallies, denials, threats"
	@echo "  $(BIN)/dateline extract examples/fr-mossoul-2023-11-09-agence-exemple.txt          # the README's first example"
	@echo "(or: source $(BIN)/activate, then plain 'dateline ...')"
	@echo "  $(BIN)/dateline serve --db $(DEMO_DB)                                       # map dashboard on http://127.0.0.1:8000/"

test: setup
	$(BIN)/python -m pytest

# the compiled build (setup.py): the same package with the engine's stages compiled by mypyc,
# installed beside the source tree; run it with PYTHONPATH=build/compiled. Rebuilt when a
# compiled module changes.
COMPILED_DIR := build/compiled
COMPILED_SOURCES := $(shell find dateline/prepare dateline/extraction -name '*.py' 2>/dev/null) dateline/normalize.py \
	dateline/geo/keys.py dateline/geo/bloom.py dateline/geo/gazetteer.py dateline/geo/distance.py
$(COMPILED_DIR)/.built: $(STAMP) setup.py pyproject.toml $(COMPILED_SOURCES)
	$(BIN)/pip install --quiet --disable-pip-version-check 'setuptools>=69' wheel
	rm -rf build/wheel $(COMPILED_DIR)
	DATELINE_COMPILE=1 $(BIN)/pip wheel --quiet --disable-pip-version-check --no-build-isolation --no-deps \
		-w build/wheel .
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --target $(COMPILED_DIR) build/wheel/dateline-*.whl
	touch $@

compiled: $(COMPILED_DIR)/.built

bench: setup compiled
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[bench]'
	$(BIN)/python -m bench.bench $(BENCH_ARGS)

report: setup
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[bench]'
	$(BIN)/python -m bench.readme

# lint the source folders that exist (bench/ only once benchmarks live there)
LINT_DIRS := $(wildcard dateline tests bench scripts setup.py)

serve: setup
	$(BIN)/dateline serve --db $(DEMO_DB)

vendor:
	$(PYTHON) scripts/vendor_assets.py

lint: setup
	$(BIN)/ruff check $(LINT_DIRS)
	$(BIN)/mypy

clean:
	rm -rf $(VENV) build dist *.egg-info $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm .pytest_cache .hypothesis bench/out
