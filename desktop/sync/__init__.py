"""Desktop side of sync: the HTTP client and the background engine. No Qt here."""
