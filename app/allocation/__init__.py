"""Which IRO each child is allocated to: allocating and reallocating, kept as history, and caseload sizes."""
