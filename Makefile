# Thin: every target calls the project's own Python entry points.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export DAGSTER_HOME := $(CURDIR)/dagster_home
export GX_ANALYTICS_ENABLED := False
export DBT_SEND_ANONYMOUS_USAGE_STATS := false
export PATH := $(CURDIR)/$(BIN):$(PATH)

.PHONY: setup run test bench ui clean

$(BIN)/.installed: requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -r requirements.txt
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@

setup: $(BIN)/.installed

run: setup  ## build the warehouse for every year in seeds/extracts
	$(BIN)/python -m dagster_project.run

test: setup
	$(BIN)/python -m pytest

bench: setup  ## cold end-to-end materialisation: wall seconds and peak RSS
	$(BIN)/python -m bench.run_bench

ui: setup  ## the Dagster UI on http://127.0.0.1:3000
	$(BIN)/dagster dev -w workspace.yaml -h 127.0.0.1 -p 3000

clean:
	rm -rf warehouse dbt/target dbt/logs
