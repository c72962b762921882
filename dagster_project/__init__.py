"""The reintegration statistics warehouse: ingest -> validate -> transform (dbt) -> check."""
