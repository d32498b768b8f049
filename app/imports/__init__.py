"""Importing the caseload from the case management system: staff, children and reviews, as CSV files.

Every row is checked before anything is written; one bad row means nothing is imported. Importing the same
file again changes nothing. Used by `flask import …` (commands.py) and the upload page (app/staff/imports.py).
"""

from app.imports.loading import KINDS, Outcome, load

__all__ = ["KINDS", "Outcome", "load"]
