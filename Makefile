# One-command set-up: `make demo` and `make test` install everything they need.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install demo test bench accuracy browser clean db-stop help

help:
	@echo "make demo    - install, start the demo shops and embedded Postgres, crawl, print a summary"
	@echo "make test    - install and run the whole test suite"
	@echo "make bench   - benchmarks (figures and ratios against baselines measured in the same run)"
	@echo "make accuracy - per-field normalization accuracy over the labelled corpus"

install: $(STAMP)

$(STAMP): requirements.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade "pip>=23" 
	$(BIN)/python -m pip install -q -r requirements.txt
	$(BIN)/python -m pip install -q --no-deps --no-build-isolation -e .
	@bash scripts/ensure-chromium.sh || echo "note: no Chromium found; JS-rendered shops need one (see README)"
	touch $(STAMP)

demo: install
	$(BIN)/coffee-scraper demo

# One pytest worker per core (each with its own Postgres database, data directory and shop servers).
TEST_WORKERS ?= auto
test: install
	$(BIN)/python -m pytest -q -n $(TEST_WORKERS) --dist loadfile

accuracy: install
	$(BIN)/python bench/accuracy.py

bench: install
	$(BIN)/python bench/run_all.py

db-stop:
	$(BIN)/coffee-scraper db stop

clean:
	rm -rf $(VENV) .data build *.egg-info
