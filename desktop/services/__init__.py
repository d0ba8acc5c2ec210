"""Qt-free services: one per domain, each taking a session and returning frozen DTOs."""
