"""Helpers shared by the tests: people walking the pages, fake services at the boundary, commands as cron runs them."""
