"""Ingest: read each yearly extract file and load it into the warehouse's raw schema."""
