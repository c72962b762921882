"""The reintegration statistics warehouse: extracts -> raw -> findings -> staging -> intermediate
-> marts (dbt) -> expectations -> published; the shared vocabulary is in keys.py."""
