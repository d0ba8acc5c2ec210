"""Loyalty on the server: the rules a push runs on ledger rows from every desk."""
