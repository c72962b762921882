"""A snapshot of the sorted asset keys and checks: any change in lineage shows in review.

To accept an intended change: UPDATE_SNAPSHOTS=1 pytest tests/test_asset_graph.py
"""

from __future__ import annotations

import os
from pathlib import Path

from dagster_project.definitions import build_definitions

SNAPSHOT = Path(__file__).parent / "snapshots" / "asset_graph.txt"


def describe_graph() -> str:
    graph = build_definitions().resolve_asset_graph()
    lines = []
    for key in sorted(graph.get_all_asset_keys(), key=lambda k: k.to_user_string()):
        node = graph.get(key)
        deps = ", ".join(sorted(p.to_user_string() for p in node.parent_keys))
        lines.append(f"asset {key.to_user_string()} [{node.group_name}] <- {deps}")
    for check in sorted(graph.asset_check_keys, key=lambda c: (c.asset_key.to_user_string(), c.name)):
        lines.append(f"check {check.asset_key.to_user_string()} :: {check.name}")
    return "\n".join(lines) + "\n"


def test_asset_graph_matches_snapshot():
    current = describe_graph()
    if os.environ.get("UPDATE_SNAPSHOTS") == "1" or not SNAPSHOT.exists():
        SNAPSHOT.write_text(current, encoding="utf-8")
    assert current == SNAPSHOT.read_text(encoding="utf-8")


def test_lineage_is_connected_from_extracts_to_marts():
    graph = build_definitions().resolve_asset_graph()
    indicators = next(k for k in graph.get_all_asset_keys() if k.path[-1] == "rpt_indicators")
    upstream = graph.upstream_key_iterator(indicators)
    assert {"register", "cis_answers", "kis_answers", "projects"} <= {k.path[-1] for k in upstream}
