"""Check: gate 2, Great Expectations suites on every materialised mart."""
