"""One import, start to finish: read the file, check every row, and write all of it or none of it."""

from dataclasses import dataclass, field

from app.extensions import db
from app.imports import children, reading, reviews, staff
from app.imports.reading import Problem, Rejected

# Each kind of file: its columns, which of them may be left out, check(rows) and apply(cleaned, counts).
KINDS = {"staff": staff, "children": children, "reviews": reviews}


@dataclass
class Outcome:
    kind: str
    problems: list[Problem] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=lambda: {"added": 0, "updated": 0, "unchanged": 0})

    @property
    def imported(self) -> bool:
        return not self.problems


def load(kind: str, data: bytes) -> Outcome:
    """Import one file of this kind in one transaction; any problem, and nothing is written."""
    rules = KINDS[kind]
    outcome = Outcome(kind)
    try:
        rows = reading.read(data, rules.COLUMNS, rules.OPTIONAL)
    except Rejected as rejected:
        outcome.problems.append(rejected.problem)
        return outcome
    readable = [row for row in rows if not row.problems]  # a row of the wrong width has no values to check
    cleaned = rules.check(readable)
    outcome.problems = sorted((problem for row in rows for problem in row.problems), key=lambda problem: problem.line)
    if outcome.problems:
        return outcome
    try:
        rules.apply(cleaned, outcome.counts)
        db.session.commit()
    except Exception:
        db.session.rollback()
        raise
    return outcome
