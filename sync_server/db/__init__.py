"""PostgreSQL: the engine, the embedded server, units of work."""
