"""The yearly run: on 1 March at 06:00 Warsaw time, after the ROPS survey of the previous year has
closed (it runs in January and February), materialise that reporting year and everything
downstream of it (the whole warehouse job, publication included)."""

from __future__ import annotations

import dagster as dg

from .. import settings
from .partitions import register_years

CRON = "0 6 1 3 *"
TIMEZONE = "Europe/Warsaw"


def build_yearly_schedule(job: dg.UnresolvedAssetJobDefinition) -> dg.ScheduleDefinition:
    @dg.schedule(
        name="yearly_warehouse",
        job=job,
        cron_schedule=CRON,
        execution_timezone=TIMEZONE,
        description="1 March 06:00 Europe/Warsaw: the previous reporting year, end to end.",
    )
    def yearly_warehouse(context: dg.ScheduleEvaluationContext):
        year = str(context.scheduled_execution_time.year - 1)
        folder = settings.extracts_dir() / year
        if not folder.is_dir():
            return dg.SkipReason(f"no extract folder {folder} for reporting year {year} yet")
        register_years(context.instance, [year])
        return dg.RunRequest(
            run_key=f"yearly-{year}", partition_key=year, tags={"reintegration/trigger": "yearly schedule"}
        )

    return yearly_warehouse
