"""Expectations: gate 2, a Great Expectations suite on every materialised mart (the asset check
`expectations`), blocking what is downstream of a mart that fails it."""
