"""The `report/site` asset: after the release is published, the reports made from it (build.py)."""

import dagster as dg
from dagster_duckdb import DuckDBResource

from .. import settings
from ..keys import OWNERS, PUBLISHED_KEY, REPORT_KEY, REPORT_STAGE, WAREHOUSE_ID
from ..resources import warehouse_id
from ..versions import of_package
from .build import publish_reports


@dg.asset(
    key=REPORT_KEY,
    group_name=REPORT_STAGE,
    owners=OWNERS,
    deps=[PUBLISHED_KEY],
    kinds={"html", "pdf"},
    code_version=of_package("report"),
    description=(
        "The yearly reports generated from the public release: the regional report of each voivodship "
        "and year in Polish, Statistics Poland's release of each year in English, as a static site "
        "(published/report/index.html) and accessible PDF (PDF/UA-1), every figure read from the release."
    ),
)
def report_site(context: dg.AssetExecutionContext, duckdb: DuckDBResource) -> dg.MaterializeResult:
    site = publish_reports(settings.published_dir())
    with duckdb.get_connection() as conn:  # only to name the warehouse the release came from
        warehouse = warehouse_id(conn)
    if site.built:
        context.log.info(f"built {len(site.pages)} reports in {site.seconds:.2f} s into {site.path}")
    return dg.MaterializeResult(
        metadata={
            "site": dg.MetadataValue.path(str(site.path / "index.html")),
            "pages": ", ".join(site.pages),
            "new_build": site.built,
            "build_seconds": round(site.seconds, 3),
            "size_bytes": sum(p.stat().st_size for p in site.path.rglob("*") if p.is_file()),
            WAREHOUSE_ID: warehouse,
        }
    )
