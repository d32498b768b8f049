"""The scheduler: runs the commands that must run on a schedule (sending invitations, alerts to staff) at their times."""
