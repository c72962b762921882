"""Raw: load each yearly extract, once it passed its contract (extracts/), into the warehouse's raw
schema (group, key prefix and schema `raw`). Loading only: what a file must look like lives in
extracts/."""
