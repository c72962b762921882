"""Validate: gate 1, the pandera contracts every raw extract must meet before it is loaded."""
