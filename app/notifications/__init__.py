"""Alerts to staff: new views, urgent flags (also to the duty manager), and views left unread too long."""
