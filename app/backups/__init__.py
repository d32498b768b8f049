"""Backups of the PostgreSQL database: `make backup` and `make restore FILE=...` (docs/backups-and-resilience.md)."""
