"""The sync protocol shared by the desktop and the server: wire models, registry, merge rules."""
