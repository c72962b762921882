"""Extracts: the file contract of a year folder, pure Python without Dagster or DuckDB: the registry
of extracts, their pandera models with column groups on the fields, the readers, the Polish number
format, the validator and the data dictionary."""
