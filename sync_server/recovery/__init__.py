"""Service recovery on the server: the pushed callback's checks, the managers' alert, the rate."""
