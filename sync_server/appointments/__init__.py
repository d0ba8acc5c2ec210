"""Appointments on the server: the rules a push runs on bookings from every desk."""
