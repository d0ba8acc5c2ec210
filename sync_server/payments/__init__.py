"""Payments on the server: the rules a push runs on revenue entries from every desk."""
