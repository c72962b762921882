# Thin: every target calls the project's own Python entry points.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export DAGSTER_HOME := $(CURDIR)/dagster_home
export GX_ANALYTICS_ENABLED := False
export DBT_SEND_ANONYMOUS_USAGE_STATS := false
export PATH := $(CURDIR)/$(BIN):$(PATH)

.PHONY: setup browser run report lint test bench ui bi clean

$(BIN)/.installed: requirements.txt requirements-duckdb-lts.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -r requirements.txt
	$(BIN)/pip install --quiet --no-deps -e .
	$(BIN)/pip install --quiet --no-deps --upgrade --target $(VENV)/duckdb-lts -r requirements-duckdb-lts.txt
	touch $@

setup: $(BIN)/.installed

run: setup  ## build the warehouse for every year in seeds/extracts
	$(BIN)/python -m dagster_project.run

report: setup  ## the reports of the current release (make run builds them too): published/report/index.html
	$(BIN)/python -m dagster_project.report

browser:  ## Debian's chromium (UI and page tests) and poppler-utils (pdftotext for the PDF test); apt-get, as root; nothing is downloaded by a test tool
	@command -v chromium >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils; }

lint: setup  ## ruff (Python) and sqlfluff (dbt models; the findings' SQL with its parameters)
	$(BIN)/ruff check dagster_project tests bench seeds/generator dbt/lint
	$(BIN)/ruff format --check dagster_project tests bench seeds/generator dbt/lint
	$(BIN)/sqlfluff lint dbt/models --processes 2
	$(BIN)/sqlfluff lint dagster_project/findings/sql --config dagster_project/findings/sql/sqlfluff.cfg

# -p no:logging: pytest's log capture keeps every record the libraries log (each Dagster run logs
# thousands) for reports no test reads (no test uses caplog): 180 s -> 169 s of suite here, where
# log_level = "WARNING" gained nothing. A failing test still shows its captured stdout and stderr.
test: setup browser lint
	$(BIN)/python -m pytest -p no:logging

bench: setup  ## cold, unchanged, corrected-file and national runs against a plain DuckDB script, in one table
	$(BIN)/python -m bench.run_bench

ui: setup  ## the Dagster UI on http://127.0.0.1:3000, with the daemon (schedule, sensor)
	$(BIN)/dagster dev -w workspace.yaml -h 127.0.0.1 -p 3000

bi: setup  ## Datasette on the current public release, http://127.0.0.1:8001/reintegration
	$(BIN)/python -m dagster_project.published.datasette_site

clean:
	rm -rf warehouse published test-artifacts dbt/target dbt/target-docs dbt/logs
