"""Build the reports of the current public release: a static site and its PDFs.

    published/reports/<release>/index.html                 every report of the release
    published/reports/<release>/regional-<TERYT>-<year>.html  the regional report, in Polish
    published/reports/<release>/national-<year>.html       Statistics Poland's release, in English
    published/reports/<release>/national-<year>-pl.html    the same in Polish
    published/reports/<release>/pdf/<same name>.pdf        the same pages as PDF/UA-1 (tagged)
    published/reports/<release>/pages.json                 each page's digest and the release it was written for
    published/report -> reports/<release>                  swapped in one rename, as the release is

Built once per release (the folder is named after it), written beside and renamed in whole, from
the release file alone. `make report` builds it; `make run` builds it through the asset
`report/site`.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb
import jinja2
import pandas as pd

from ..files import link_or_copy
from ..parallel import run_all
from ..published.release import DUCKDB_FILE, _swap_symlink
from ..versions import of_package
from . import content
from .charts import bars_by_type, columns_by_year, subregion_tiles, voivodship_tiles
from .national_text import WORDS, sentences
from .numbers import EN, PL, number
from .regional_text import Figures, in_voivodship
from .regional_text import sentences as sentences_pl

TEMPLATES = Path(__file__).parent / "templates"
TYPES = ["CIS", "KIS", "ZAZ", "WTZ"]
KEEP = 3
PAGES = "pages.json"  # each page's digest and the release it was written for
PROVENANCE_PL = {
    "computed_from_generated_units": "wyliczonych z wygenerowanych danych jednostkowych (rozłożonych z opublikowanych "
    "sum; nie są to dane żadnej jednostki)",
    "computed_from_published_units": "wyliczonych z danych jednostkowych wziętych z publikacji",
    "computed_from_delivered_units": "wyliczonych z danych przekazanych przez jednostki",
    "typed_total": "przepisanych z opublikowanego raportu",
    "derived": "wyprowadzonych z opublikowanej zmiany",
}


@dataclass(frozen=True)
class Site:
    path: Path
    pages: list[str]
    seconds: float
    built: bool  # False: the release's reports were there already


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True, undefined=jinja2.StrictUndefined
    )


def _provenance_pl(cells: pd.DataFrame, whose: str = "regionu") -> str:
    counts = cells.provenance.value_counts()
    parts = [f"{count} {PROVENANCE_PL.get(kind, kind)}" for kind, count in counts.items()]
    return f"Liczby tego raportu (wskaźniki {whose}): " + "; ".join(parts) + "."


def _regional_data(conn, region: str, name: str, year: int) -> dict:
    """Everything the regional page of `region` and `year` shows, read from the release."""
    summary, misses = content.reconciliation(conn, year, region)
    return {
        "region": region,
        "name": name,
        "year": year,
        "cells": content.regional_cells(conn, region, year),
        "changes": content.regional_changes(conn, region, year),
        "powiats": content.units_by_powiat(conn, region, year),
        "findings": content.findings(conn, year),
        "summary": summary,
        "misses": misses,
        "comparisons": content.region_vs_country(conn, region),
    }


def _regional(env, data: dict, about: dict) -> str:
    cells, name, year = data["cells"], data["name"], data["year"]
    types = [t for t in TYPES if t in set(cells.unit_type)]

    def fmt(row: content.Row, unit_type: str) -> str:
        if unit_type not in row.values:
            return ""
        value, flag = row.values[unit_type]
        return number(value, row.unit, PL, flag)

    charts = {}
    for key, prefix, caption in (
        ("categories", "participants_category_", "Udział kategorii uczestników (%)"),
        ("funding", "funding_", "Struktura finansowania według źródeł (%)"),
    ):
        frame = content.shares(cells, prefix).dropna(subset=["value"])
        if not frame.empty:
            charts[key] = {"svg": bars_by_type(frame, "label_pl", "value", caption, "%"), "caption": caption}
    powiats, summary, misses, comparisons = data["powiats"], data["summary"], data["misses"], data["comparisons"]
    findings = [
        {"severity": r.severity, "status": r.status, "count": number(r.findings, "count", PL)}
        for r in data["findings"].itertuples()
    ]
    return env.get_template("regional.html.j2").render(
        lang="pl",
        title=f"Centra i kluby integracji społecznej {in_voivodship(name)} w {year} r.",
        region_name=name,
        year=year,
        release=about["release"],
        published_at=about["published_at"],
        provenance_pl=_provenance_pl(cells),
        sentences=sentences_pl(year, name, Figures(cells, data["changes"])),
        sections=content.sections(cells),
        types=types,
        fmt=fmt,
        charts=charts,
        powiat_chart=bars_by_type(powiats, "powiat", "value", "Jednostki według powiatów", "jednostki"),
        findings=findings,
        reconciliation=[
            {"classification": r.classification, "figures": number(r.figures, "count", PL)}
            for r in summary.itertuples()
        ],
        misses=[
            {
                "figure_id": m.figure_id,
                "chapter": m.chapter,
                "measure": m.measure,
                "printed": m.printed,
                "computed": number(m.computed_value, "", PL),
                "explained_by": m.explained_by or "",
            }
            for m in misses.itertuples()
        ],
        comparisons=[
            {
                "year": c.reporting_year,
                "indicator": c.regional_indicator_id,
                "regional": number(c.regional_value, "persons", PL, c.flag),
                "national": number(c.national_value, "persons", PL),
                "share": number(c.region_share_pct, "pct", PL, c.flag),
                "comparability": c.comparability,
            }
            for c in comparisons.itertuples()
        ],
    )


def _value(frame: pd.DataFrame, indicator: str, unit_type: str, locale: str) -> str:
    row = frame[(frame.indicator_id == indicator) & (frame.unit_type == unit_type)]
    if row.empty:
        return "."
    first = row.iloc[0]
    return number(None if pd.isna(first.value) else first.value, first.value_unit, locale, first.flag)


def _by_type(frame: pd.DataFrame, locale: str) -> list[dict[str, str]]:
    """One table row per geography: its code, name and the units of each type and ALL, formatted."""
    rows = []
    for code, group in frame.groupby("geography_code"):
        row = {"code": code, "name": group.geography_name.iloc[0]}
        for t in [*TYPES, "ALL"]:
            cell = group[group.unit_type == t]
            row[t] = number(cell.value.iloc[0], "units", locale, cell.flag.iloc[0]) if not cell.empty else "."
        rows.append(row)
    return rows


def _national_data(conn, year: int, language: str) -> dict:
    """Everything the national page of `year` shows, read from the release."""
    return {
        "year": year,
        "language": language,
        "series": content.national_series(conn, "units_active"),
        "by_voivodship": content.national_by_geography(conn, year, "voivodship", "units_active"),
        "subregions": content.national_by_geography(conn, year, "subregion", "units_active"),
        "subregion_voivodships": content.subregion_voivodships(conn),
        "headline": content.national_headline(conn, year),
    }


def _national(env, data: dict, about: dict) -> str:
    year, language = data["year"], data["language"]
    locale, words = (PL, WORDS["pl"]) if language == "pl" else (EN, WORDS["en"])

    def w(key: str, **values) -> str:
        return words[key].format(year=year, **values)

    series, by_voivodship, subregions = data["series"], data["by_voivodship"], data["subregions"]
    total = by_voivodship[by_voivodship.unit_type == "ALL"].copy()
    total["short"] = total.geography_name
    total["label"] = [number(v, "units", locale, f) for v, f in zip(total.value, total.flag, strict=True)]
    by_subregion = subregions[subregions.unit_type == "ALL"].merge(data["subregion_voivodships"])
    by_subregion["label"] = [
        number(v, "units", locale, f) for v, f in zip(by_subregion.value, by_subregion.flag, strict=True)
    ]
    top = by_subregion.sort_values(["value", "geography_name"], ascending=[False, True])
    headline = data["headline"]
    first_year = int(series.reporting_year.min())
    return env.get_template("national.html.j2").render(
        lang=language,
        w=w,
        title=w("title"),
        meta=w("meta", release=about["release"], published_at=about["published_at"]),
        other_language=("national-{year}.html" if language == "pl" else "national-{year}-pl.html").format(year=year),
        provenance=_provenance_pl(headline, "kraju") if language == "pl" else about.get("provenance", ""),
        sentences=sentences(language, year, lambda i, t: _value(headline, i, t, locale)),
        graph1=columns_by_year(series.dropna(subset=["value"]), w("graph1"), w("units")),
        graph1_caption=w("graph1_caption", first_year=first_year),
        tiles=voivodship_tiles(total, w("map1_title"), w("units")),
        types=TYPES,
        voivodships=_by_type(by_voivodship, locale),
        subregion_map=subregion_tiles(by_subregion, w("map2_title"), w("units")),
        largest=", ".join(f"{r.geography_name} ({r.label})" for r in top.head(3).itertuples()),
        subregions=_by_type(subregions, locale),
    )


def write_pdf(html: str, target: Path) -> None:
    """The page as tagged PDF/UA-1. No base URL: a relative link stays out of the PDF, and no
    path of the build folder goes in (the same page, the same bytes). WeasyPrint is imported here,
    in the process that writes the PDF (parallel.run_all), not by every run that loads the reports."""
    import weasyprint

    weasyprint.HTML(string=html).write_pdf(target, pdf_variant="pdf/ua-1")


def page_digest(data: dict, about: dict) -> str:
    """What a page is made of: the release's rows it shows, the release-wide provenance statement
    and the code that draws it; not the name of the release it is written for."""
    digest = hashlib.sha256(f"{of_package('report')}\0{about.get('provenance', '')}".encode())
    for key in sorted(data):
        value = data[key]
        digest.update(key.encode())
        if isinstance(value, pd.DataFrame):
            digest.update(",".join(map(str, value.columns)).encode())
            digest.update(pd.util.hash_pandas_object(value.astype(str), index=False).to_numpy().tobytes())
        else:
            digest.update(repr(value).encode())
    return digest.hexdigest()[:16]


def _reuse(page: str, before: Path, target: Path) -> bool:
    files = [(f"{page}.html", f"{page}.html"), (f"pdf/{page}.pdf", f"pdf/{page}.pdf")]
    if not all((before / old).is_file() for old, _ in files):
        return False
    for old, new in files:
        link_or_copy(before / old, target / new)
    return True


def build_site(release: Path, target: Path, before: Path | None = None) -> list[str]:
    """Every report of the release (regional per voivodship and year, national per year, in
    English and Polish) as HTML and PDF in `target`; returns the page names. A page whose digest
    (page_digest) is that of the reports `before` is taken from there as it was written (a hard
    link), naming the release it was written for: only the pages of what changed are drawn."""
    env = _environment()
    release = release.resolve()  # named by its digest, also when reached through `current`
    about = json.loads((release / "manifest.json").read_text(encoding="utf-8"))
    about["release"] = release.name
    earlier = json.loads((before / PAGES).read_text(encoding="utf-8")) if before and (before / PAGES).is_file() else {}
    pages: dict[str, tuple] = {}
    with duckdb.connect(str(release / DUCKDB_FILE), read_only=True) as conn:
        for region, name, year in content.regional_years(conn):
            pages[f"regional-{region}-{year}"] = (_regional, _regional_data(conn, region, name, year))
        for year in content.national_years(conn):
            for language, suffix in (("en", ""), ("pl", "-pl")):
                pages[f"national-{year}{suffix}"] = (_national, _national_data(conn, year, language))
    (target / "pdf").mkdir(parents=True, exist_ok=True)
    written, pdfs = {}, []
    for page, (draw, data) in pages.items():
        digest = page_digest(data, about)
        old = earlier.get(page, {})
        if old.get("digest") == digest and _reuse(page, before, target):
            written[page] = old
            continue
        html = draw(env, data, about)
        (target / f"{page}.html").write_text(html, encoding="utf-8")
        pdfs.append((html, target / "pdf" / f"{page}.pdf"))
        written[page] = {"digest": digest, "written_for": release.name}
    run_all(write_pdf, pdfs)  # a second or more each: one per core
    (target / PAGES).write_text(json.dumps(written, indent=2, sort_keys=True), encoding="utf-8")
    index = env.from_string(
        '{% extends "base.html.j2" %}{% block body %}<h1>{{ title }}</h1>'
        '<p class="provenance" role="note">{{ provenance }}</p><ul>'
        '{% for p in pages %}<li><a href="{{ p }}.html">{{ p }}</a> '
        '(<a href="pdf/{{ p }}.pdf">PDF</a>; written for release {{ written[p].written_for }})</li>{% endfor %}'
        "</ul>{% endblock %}"
    )
    (target / "index.html").write_text(
        index.render(
            lang="en",
            title=f"Reports of release {release.name}",
            provenance=about.get("provenance", ""),
            pages=sorted(pages),
            written=written,
        ),
        encoding="utf-8",
    )
    return sorted(pages)


def publish_reports(published: Path) -> Site:
    """Build the current release's reports once, beside, and swap `published/report` to them."""
    started = time.perf_counter()
    release = (published / "current").resolve()
    if not (release / DUCKDB_FILE).is_file():
        raise FileNotFoundError(f"no release in {published}: run `make run` first")
    reports = published / "reports"
    folder = reports / release.name
    built = not (folder / "index.html").is_file()
    if built:
        building = reports / f".{release.name}.{os.getpid()}.tmp"
        shutil.rmtree(building, ignore_errors=True)
        building.mkdir(parents=True)
        link = published / "report"
        before = link.resolve() if link.is_symlink() and link.resolve().is_dir() else None
        try:
            build_site(release, building, before)
        except BaseException:
            shutil.rmtree(building, ignore_errors=True)
            raise
        os.replace(building, folder)
    _swap_symlink(published / "report", f"reports/{release.name}")
    kept = sorted((p for p in reports.iterdir() if p.is_dir() and not p.name.startswith(".")), key=os.path.getmtime)
    for old in kept[:-KEEP]:
        if old != folder:
            shutil.rmtree(old, ignore_errors=True)
    pages = sorted(p.stem for p in folder.glob("*.html") if p.stem != "index")
    return Site(folder, pages, time.perf_counter() - started, built)
