"""Each mart's key, read from the dbt manifest: the column of its `unique` test or the columns of
its `unique_combination_of_columns` test. The dbt YAML declares a key once; the Great
Expectations suite checks the same key on the materialised table without a second list."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path


@cache
def mart_keys(manifest_path: Path) -> dict[str, tuple[str, ...]]:
    """mart (model name) -> its key columns, for every model of the `marts` schema with a key test."""
    manifest = json.loads(Path(manifest_path).read_text(encoding="utf-8"))
    nodes = manifest["nodes"]
    keys: dict[str, tuple[str, ...]] = {}
    for node in nodes.values():
        test = node.get("test_metadata") or {}
        parent = nodes.get(node.get("attached_node") or "", {})
        if node["resource_type"] != "test" or parent.get("schema") != "marts":
            continue
        if test.get("name") == "unique_combination_of_columns":
            keys[parent["name"]] = tuple(test["kwargs"]["combination_of_columns"])
        elif test.get("name") == "unique" and parent["name"] not in keys:
            keys[parent["name"]] = (test["kwargs"]["column_name"],)
    return keys
