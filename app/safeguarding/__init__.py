"""Safeguarding: answers that mean a child may not be safe raise an urgent flag at once."""
