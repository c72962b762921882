"""The column groups declared on the extract fields, as dbt reads them: the `column_groups` var
of dbt/dbt_project.yml is generated from here (`python -m dagster_project.extracts.column_groups`
prints it) and a test keeps the two equal, so a part added to a group in the extract format is
added to every dbt model that sums, unpivots or shares that group."""

from __future__ import annotations

import yaml

from .registry import EXTRACTS


def column_groups() -> dict[str, dict[str, list[str]]]:
    """extract -> group -> columns (in file order), for every extract that declares groups; the
    questionnaires also list their yes/no questions and their numeric answers (by column kind)."""
    groups = {}
    for spec in EXTRACTS:
        if spec.groups():
            kinds = spec.kinds()
            groups[spec.name] = {
                **spec.groups(),
                "yes_no": [column for column, kind in kinds.items() if kind == "bool"],
                "numbers": [column for column, kind in kinds.items() if kind in ("int", "decimal")],
            }
    return groups


def render() -> str:
    """The `column_groups` var, as YAML to paste under `vars:` in dbt/dbt_project.yml."""
    block = yaml.safe_dump({"column_groups": column_groups()}, sort_keys=False, default_flow_style=None, width=100)
    return "".join(f"  {line}\n" for line in block.splitlines())


if __name__ == "__main__":
    print(render(), end="")
