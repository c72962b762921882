"""Transform: staging -> intermediate -> marts, in dbt, wired into Dagster in one place."""
