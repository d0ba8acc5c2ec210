"""Storage model shared by the desktop's SQLite and the server's PostgreSQL."""
