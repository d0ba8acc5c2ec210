"""Server side of replication: the change log, push, pull and snapshot."""
