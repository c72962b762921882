"""What sqlfluff's Jinja templater needs of our dbt macros to lint the models: the same column
groups dbt reads (from dbt_project.yml). Used only by
`make lint` (library_path in .sqlfluff); dbt itself uses dbt/macros."""

from pathlib import Path

import yaml

_PROJECT = Path(__file__).resolve().parents[1] / "dbt_project.yml"


def column_group(extract, group):
    return yaml.safe_load(_PROJECT.read_text(encoding="utf-8"))["vars"]["column_groups"][extract][group]
