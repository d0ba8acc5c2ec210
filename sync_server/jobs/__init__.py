"""Background jobs on procrastinate: the queue lives in the server's own PostgreSQL."""
