"""Findings: gate 1b, the consistency checks over a year's raw rows (group, key prefix and
schema `findings`): declarations (checks.py), SQL shapes (shapes.py), one-off checks (sql/), the
engine (engine.py) and the asset with its blocking check (assets.py)."""
