"""Portable read queries that desks (SQLite) and the server (PostgreSQL) run alike."""
