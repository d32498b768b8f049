"""Statutory reviews: when each one is due."""
