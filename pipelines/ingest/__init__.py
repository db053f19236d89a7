"""Ingest: list input files, read records, parse every accepted chat shape into Conversation."""
