"""Operator commands of ``hmso-server``; each module adds its subcommands to the CLI."""
