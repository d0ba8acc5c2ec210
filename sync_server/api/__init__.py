"""HTTP endpoints that belong to no single domain package."""
