"""Alerts to staff: new views, urgent flags (also to the duty manager, then every manager and the out-of-hours
contact while nobody acknowledges them), check-in flags, and views left unread too long."""
