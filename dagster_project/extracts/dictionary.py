"""Render the extracts' data dictionary (seeds/README.md) from the pandera models, so the
documentation and the gate cannot drift apart. `python -m dagster_project.extracts.dictionary`
prints it; a test checks that seeds/README.md holds the current text."""

from __future__ import annotations

from .registry import EXTRACTS


def _allowed(column) -> str:
    for check in column.checks:
        stats = getattr(check, "statistics", {}) or {}
        if "allowed_values" in stats:
            return ", ".join(map(str, stats["allowed_values"]))
        if "min_value" in stats:
            return f">= {stats['min_value']}"
        if "pattern" in stats:
            return f"`{stats['pattern']}`".replace("|", "\\|")
    return ""


def render() -> str:
    parts = []
    for spec in EXTRACTS:
        schema = spec.model.to_schema()
        optional = "" if spec.required else ", optional: may be absent from a year folder"
        parts.append(f"### `{spec.file_pattern}` (or `.xlsx`{optional})\n\n{spec.description}\n")
        parts.append("| column | type | unit | group | allowed | required | Polish source term | meaning |")
        parts.append("|---|---|---|---|---|---|---|---|")
        for name, column in schema.columns.items():
            unit = (column.metadata or {}).get("unit", "")
            group = (column.metadata or {}).get("group", "")
            parts.append(
                f"| `{name}` | {column.dtype} | {unit} | {group} | {_allowed(column)} | "
                f"{'yes' if not column.nullable else 'b.d. allowed'} | {column.title or ''} | "
                f"{column.description or ''} |"
            )
        parts.append("")
    return "\n".join(parts)


if __name__ == "__main__":
    print(render())
