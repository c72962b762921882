"""When runs happen: the yearly schedule and the new-extract sensor."""
