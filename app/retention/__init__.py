"""Deleting here what has gone into the council's case record, a set time after the review it was for."""
