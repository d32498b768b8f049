"""How well safeguarding detection reads the way children write: recall and false alarms on two sets of phrases.

    python -m tests.safeguarding_report            # the figures
    python -m tests.safeguarding_report --detail   # and every miss and false alarm

tests/safeguarding/corpus.csv is the corpus the rules are tuned on. tests/safeguarding/holdout.csv was written
before any tuning and is never tuned on: its recall estimates how the rules do on phrasing nobody has seen yet.
Each row is text, expected ("flag" or "ok") and category; ordinary sentences that share words with worrying ones
are "ok". docs/safeguarding.md explains the idioms that are deliberately flagged anyway.
"""

import csv
import sys
from dataclasses import dataclass
from pathlib import Path

from app.safeguarding.words import mentions_harm

HERE = Path(__file__).parent / "safeguarding"
CORPUS = HERE / "corpus.csv"
HOLDOUT = HERE / "holdout.csv"


@dataclass
class Measure:
    name: str
    worrying: int
    ordinary: int
    misses: list[tuple[str, str]]  # (category, text)
    false_alarms: list[tuple[str, str]]

    @property
    def recall(self) -> float:
        return 1 - len(self.misses) / self.worrying

    @property
    def false_alarm_rate(self) -> float:
        return len(self.false_alarms) / self.ordinary

    def summary(self) -> str:
        return (
            f"{self.name}: recall {self.recall:.1%} ({self.worrying - len(self.misses)} of {self.worrying} "
            f"worrying phrases flagged), false alarms {self.false_alarm_rate:.1%} "
            f"({len(self.false_alarms)} of {self.ordinary} ordinary phrases)"
        )


def rows(path: Path) -> list[dict]:
    with path.open(newline="", encoding="utf-8") as file:
        return list(csv.DictReader(file))


def measure(path: Path) -> Measure:
    result = Measure(path.stem, 0, 0, [], [])
    for row in rows(path):
        flagged = mentions_harm(row["text"])
        if row["expected"] == "flag":
            result.worrying += 1
            if not flagged:
                result.misses.append((row["category"], row["text"]))
        else:
            result.ordinary += 1
            if flagged:
                result.false_alarms.append((row["category"], row["text"]))
    return result


def main(detail: bool) -> None:
    for path in (CORPUS, HOLDOUT):
        result = measure(path)
        print(result.summary())
        if detail:
            for category, text in result.misses:
                print(f"  missed ({category}): {text}")
            for category, text in result.false_alarms:
                print(f"  false alarm ({category}): {text}")


if __name__ == "__main__":
    main(detail="--detail" in sys.argv)
