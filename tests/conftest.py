"""Fixtures: real DuckDB files and real extract folders in temporary directories."""

from __future__ import annotations

import functools
import shutil
from collections.abc import Iterator
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from dagster_project import settings
from dagster_project.definitions import WAREHOUSE_JOB, build_definitions
from dagster_project.extracts.registry import EXTRACTS, ExtractSpec
from dagster_project.keys import FINDINGS_KEY, PUBLISHED_KEY, REPORT_KEY, raw_key
from dagster_project.orchestrate.partitions import register_years
from dagster_project.orchestrate.plan import downstream, over_all_years
from dagster_project.raw.file_versions import extract_version
from dagster_project.transform.dbt_assets import dbt_project, ensure_manifest

SEED_EXTRACTS = settings.REPO_ROOT / "seeds" / "extracts"


# The order the two xdist workers take the modules in (pyproject: --dist loadfile, and
# --no-loadscope-reorder, without which xdist orders modules by their number of tests). The first
# two start the session's two long shared builds at once, one on each worker (the shipped
# warehouse, needed by test_national; the 2021 setting, by test_faults); then the longest modules,
# so that the last ones taken are short and the workers finish together. The other modules follow
# in file order. Times: test durations of one run, summed per module, with the shared builds apart.
SCHEDULE = (
    "test_national.py",  # the shipped warehouse (28 s), then 7 s
    "test_faults.py",  # the 2021 setting (21 s), then 34 s
    "test_findings.py",  # 24 s
    "test_history.py",  # 21 s
    "test_incremental.py",  # 26 s
    "test_publishing.py",  # 20 s
    "test_ui.py",  # 21 s
    "test_report.py",  # the shipped release (13 s), then 20 s
    "test_geography.py",  # 17 s
    "test_orchestration.py",  # 10 s
    "test_bad_extracts.py",  # 10 s
    "test_run_console.py",  # 8 s
    "test_disclosure.py",  # 6 s
    "test_bi.py",  # 7 s
    "test_reconciliation.py",  # 7 s
    "test_release_formats.py",  # 5 s
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    rank = {name: i for i, name in enumerate(SCHEDULE)}
    items.sort(key=lambda item: rank.get(item.path.name, len(SCHEDULE)))  # stable: a module's own order stays


@pytest.fixture(scope="session", autouse=True)
def _session_env() -> Iterator[None]:
    """For the whole test run, the session's shared builds included: no telemetry; and one process
    for the workbooks and PDFs, as the two xdist workers already keep both cores busy (a pool would
    only add its processes' start; test_report builds the site again with two, and compares)."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setenv("GX_ANALYTICS_ENABLED", "False")
        monkeypatch.setenv("DBT_SEND_ANONYMOUS_USAGE_STATS", "false")
        monkeypatch.setenv(settings.PROCESSES_ENV, "1")
        yield


PARSED: list[Path] = []  # the session's parsed manifest (_parsed_manifest), which point_at copies


@pytest.fixture(scope="session", autouse=True)
def _parsed_manifest(tmp_path_factory, worker_id) -> Path:
    """dbt parses the project once per test run (the first worker to ask; the other reuses it), in
    the run's temporary folder: dbt's files follow the warehouse (settings.work_dir), and a test's
    new warehouse starts from this manifest instead of parsing again."""

    def parse(folder: Path) -> None:
        with pytest.MonkeyPatch.context() as monkeypatch:
            monkeypatch.setenv(settings.WAREHOUSE_ENV, str(folder / "warehouse.duckdb"))
            ensure_manifest(dbt_project())

    folder = built_once(tmp_path_factory, worker_id, "dbt-parse", parse)
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setenv(settings.WAREHOUSE_ENV, str(folder / "warehouse.duckdb"))
        PARSED[:] = [dbt_project().manifest_path]
    assert PARSED[0].is_file()
    return PARSED[0]


def parsed_manifest() -> Path:
    """The manifest dbt parsed for this test run (_parsed_manifest)."""
    return PARSED[0]


@pytest.fixture(scope="session")
def _default_location(tmp_path_factory) -> tuple[Path, Path]:
    return tmp_path_factory.mktemp("default") / "warehouse.duckdb", SEED_EXTRACTS


@pytest.fixture(autouse=True)
def _quiet_env(monkeypatch, _default_location):
    """Dagster's console at its default level (no REINTEGRATION_LOG_LEVEL from the shell); and
    unless a test points elsewhere, the shipped extracts and a warehouse in the session's temporary
    folder: no test writes into the source tree. (Telemetry is off for the session: _session_env.)"""
    monkeypatch.delenv(settings.LOG_LEVEL_ENV, raising=False)
    warehouse, extracts = _default_location
    point_at(monkeypatch, extracts, warehouse)


def point_at(monkeypatch, extracts: Path, warehouse: Path) -> None:
    """Extracts, working warehouse and published folder of a test, all in its temporary folder;
    dbt's target beside the warehouse starts from the session's parsed manifest."""
    monkeypatch.setenv(settings.EXTRACTS_ENV, str(extracts))
    monkeypatch.setenv(settings.WAREHOUSE_ENV, str(warehouse))
    monkeypatch.setenv(settings.PUBLISHED_ENV, str(warehouse.parent / "published"))
    target = settings.dbt_target_dir()
    if not (target / "manifest.json").exists():
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy(parsed_manifest(), target / "manifest.json")


@functools.cache
def _definitions() -> dg.Definitions:
    """The code location, assembled once per test process: it reads the parsed manifest every test
    starts from, and its warehouse resource names the file of the test running (an EnvVar)."""
    return build_definitions()


def _execute(year: str, selection, instance: dg.DagsterInstance) -> dg.ExecuteInProcessResult:
    register_years(instance, [year])
    return (
        _definitions()
        .resolve_job_def(WAREHOUSE_JOB)
        .execute_in_process(
            partition_key=year,
            instance=instance,
            raise_on_error=False,
            asset_selection=selection,
        )
    )


def run_year(
    year: str,
    raw_only: bool = False,
    gated_only: bool = False,
    instance: dg.DagsterInstance | None = None,
    marts_only: bool = False,
) -> dg.ExecuteInProcessResult:
    """Materialise a year as the yearly job does (raw_only: just the ingestion; gated_only: the
    ingestion and the consistency findings, as `make run` does for all but the last year;
    marts_only: everything up to the checked marts, not the release and its reports), in an
    ephemeral Dagster instance unless one is given."""
    selection = None
    if raw_only or gated_only:
        selection = [raw_key(spec.name) for spec in EXTRACTS] + ([FINDINGS_KEY] if gated_only else [])
    elif marts_only:
        graph = _definitions().resolve_asset_graph()
        selection = [key for key in graph.materializable_asset_keys if key not in (PUBLISHED_KEY, REPORT_KEY)]
    return _execute(year, selection, instance or dg.DagsterInstance.ephemeral())


def run_extracts(year: str, names: list[str]) -> dg.ExecuteInProcessResult:
    """Load again, for one year of a built warehouse, the extracts `names`, the year's findings, and
    only the dbt models that read those extracts and what follows them, up to the checked marts:
    what `make run` rebuilds after a corrected file whose findings read the same (plan.py)."""
    graph = _definitions().resolve_asset_graph()
    roots = [raw_key(name) for name in names]
    children = {child for root in roots for child in graph.get(root).child_keys}
    shared = downstream(graph, children, over_all_years(graph) - {PUBLISHED_KEY, REPORT_KEY})
    return _execute(year, [*roots, FINDINGS_KEY, *shared], dg.DagsterInstance.ephemeral())


def changed_extracts(folder: Path, reference: Path) -> list[ExtractSpec]:
    """The extracts whose files in the year folder `folder` differ from those in `reference` (or
    are gone), in load order: by their data versions, as `make run` tells a corrected file."""
    return [spec for spec in EXTRACTS if extract_version(spec, folder) != extract_version(spec, reference)]


def failed_check_messages(result: dg.ExecuteInProcessResult) -> list[str]:
    return [e.description or "" for e in result.get_asset_check_evaluations() if not e.passed]


def build_from_seeds(root: Path, raw_only: bool = False, all_years: bool = False) -> tuple[Path, Path]:
    """Copy the shipped extracts under root and materialise 2024 into root/warehouse.duckdb
    (all_years: every shipped year first, gated, as `make run` does, and 2024 up to the checked
    marts: the tests read the marts, and `shipped_release` publishes them itself)."""
    extracts, warehouse = root / "extracts", root / "warehouse.duckdb"
    shutil.copytree(SEED_EXTRACTS, extracts)
    with pytest.MonkeyPatch.context() as monkeypatch:
        point_at(monkeypatch, extracts, warehouse)
        for year in settings.years_found(extracts)[:-1] if all_years else []:
            earlier = run_year(year, gated_only=True)
            assert earlier.success, failed_check_messages(earlier)
        result = run_year("2024", raw_only=raw_only, marts_only=all_years)
    assert result.success, failed_check_messages(result)
    assert not failed_check_messages(result)
    return extracts, warehouse


def point_run_at(monkeypatch, root: Path) -> Path:
    """A whole setting of `python -m dagster_project.run` under root: extracts/, warehouse.duckdb
    (and its .work folder), published/ and dagster_home/ (our dagster.yaml); returns the warehouse."""
    home = root / "dagster_home"
    if not home.exists():
        home.mkdir(parents=True)
        shutil.copy(settings.REPO_ROOT / "dagster_home" / "dagster.yaml", home / "dagster.yaml")
    point_at(monkeypatch, root / "extracts", root / "warehouse.duckdb")
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    return root / "warehouse.duckdb"


@pytest.fixture
def one_year(tmp_path, monkeypatch) -> Path:
    """2021 (known only in total: a run of seconds) in a fresh folder, warehouse and DAGSTER_HOME,
    for tests of `python -m dagster_project.run` itself; returns the warehouse's path."""
    shutil.copytree(SEED_EXTRACTS / "2021", tmp_path / "extracts" / "2021")
    return point_run_at(monkeypatch, tmp_path)


def correct_2021_national() -> Path:
    """An analyst's correction of 2021's national.csv (a note reworded): the file the runs see."""
    national = settings.extracts_dir() / "2021" / "national.csv"
    text = national.read_text(encoding="utf-8")
    assert "1265 units active" in text
    national.write_text(text.replace("1265 units active", "1265 units active (corrected)"), encoding="utf-8")
    return national


def built_once(tmp_path_factory, worker_id: str, name: str, build) -> Path:
    """A folder `build(folder)` fills once per test run, shared read-only by every xdist worker:
    the first worker to ask builds it under a file lock, the others wait for it and reuse it."""
    from filelock import FileLock

    if worker_id == "master":  # not under xdist: the session's own temporary folder
        folder = tmp_path_factory.getbasetemp() / name
    else:  # the workers' folders popen-gw<N> share the run's folder
        folder = tmp_path_factory.getbasetemp().parent / name
    with FileLock(f"{folder}.lock"):
        if not (folder / ".built").exists():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir(parents=True)
            build(folder)
            (folder / ".built").touch()
    return folder


def _build_2021_setting(root: Path) -> None:
    from dagster_project.run import run

    shutil.copytree(SEED_EXTRACTS / "2021", root / "extracts" / "2021")
    with pytest.MonkeyPatch.context() as monkeypatch:
        point_run_at(monkeypatch, root)
        assert run(["2021"]) == 0


@pytest.fixture(scope="session")
def _built_2021_setting(tmp_path_factory, worker_id) -> Path:
    """One cold `run 2021` per test run, whole setting (warehouse, work folder, release, DAGSTER_HOME)."""
    return built_once(tmp_path_factory, worker_id, "built-2021", _build_2021_setting)


@pytest.fixture
def built_2021(_built_2021_setting, tmp_path, monkeypatch) -> Path:
    """A copy of the session's built 2021 setting, for a test to change: up to date as it is
    (Dagster's records, the warehouse and the release copied together); returns the warehouse."""
    shutil.copytree(_built_2021_setting, tmp_path / "setting", symlinks=True)
    return point_run_at(monkeypatch, tmp_path / "setting")


@pytest.fixture(scope="session")
def built_warehouse(tmp_path_factory, worker_id) -> Path:
    """The whole graph materialised from every shipped year (2015-2024), once per test run."""
    folder = built_once(tmp_path_factory, worker_id, "built", lambda root: build_from_seeds(root, all_years=True))
    return folder / "warehouse.duckdb"


@pytest.fixture
def marts(built_warehouse):
    conn = duckdb.connect(str(built_warehouse), read_only=True)
    yield conn
    conn.close()


# Editing a copy of the seed extracts the way an analyst's mistake would: the files keep the
# encoding and line endings they ship with (register in Windows-1250, answers UTF-8 with BOM and
# CRLF; the hand-written published_figures and acknowledgements UTF-8 with LF).
def _file_format(path: Path) -> tuple[str, str]:
    """The encoding and line ending the file is written in (the offices' deliveries and register.csv
    come in Windows-1250), so that an edited file keeps them."""
    encoding = "cp1250" if path.name == "register.csv" or path.parent.name == "national" else "utf-8-sig"
    if path.exists():
        return encoding, "\r\n" if b"\r\n" in path.read_bytes() else "\n"
    analysts = ("published_figures.csv", "acknowledgements.csv", "expected_rows.csv")
    return encoding, "\n" if path.name in analysts else "\r\n"


def read_lines(path: Path) -> list[str]:
    encoding, newline = _file_format(path)
    return path.read_bytes().decode(encoding).split(newline)


def write_lines(path: Path, lines: list[str]) -> None:
    encoding, newline = _file_format(path)
    path.write_bytes(newline.join(lines).encode(encoding))


def set_cell(path: Path, key: str, column: str, value: str) -> None:
    """Set one cell of a `;`-separated extract; the row is found by its first column."""
    lines = read_lines(path)
    header = lines[0].lstrip("\ufeff").split(";")
    found = False
    for i, line in enumerate(lines):
        cells = line.split(";")
        if cells[0] == key:
            cells[header.index(column)] = value
            lines[i] = ";".join(cells)
            found = True
    assert found, f"{key} not in {path.name}"
    write_lines(path, lines)


def publish_warehouse(warehouse: Path, published: Path):
    """`publish` of a built warehouse (opened read-only) into a published folder."""
    from dagster_project.published.release import publish

    with pytest.MonkeyPatch.context() as patch, duckdb.connect(str(warehouse), read_only=True) as conn:
        patch.setenv(settings.WAREHOUSE_ENV, str(warehouse))  # its dbt manifest: the descriptions
        return publish(conn, published)


@pytest.fixture(scope="session")
def shipped_release(built_warehouse, tmp_path_factory, worker_id):
    """The shipped warehouse's public release, published once per test run and shared read-only by
    the workers (a module may add its own folder beside it: reports/, datasette/); each worker
    gets it from `publish` again, which finds the same content published and writes nothing."""
    folder = built_once(
        tmp_path_factory, worker_id, "shipped", lambda root: publish_warehouse(built_warehouse, root / "published")
    )
    release = publish_warehouse(built_warehouse, folder / "published")
    assert release.unchanged
    return release
