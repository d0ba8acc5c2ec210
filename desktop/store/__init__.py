"""The desktop's local SQLite (SQLCipher) copy of its scope of the CRM. No Qt here."""
