"""Patients on the server: the rules a push runs on registrations from every desk."""
