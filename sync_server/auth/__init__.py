"""Staff and owner authentication: credentials, tokens, devices and the login API."""
