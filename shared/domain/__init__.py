"""Domain rules and value types. No Qt, no web framework, no I/O beyond reference data."""
