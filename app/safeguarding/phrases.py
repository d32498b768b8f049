"""Each language's rules (app/safeguarding/languages/) compiled into a reader that finds them in words.

Letters are read without their marks and doubled letters are folded to one, on both sides, in the rules and in the
text: so "bezpieczna" matches "bezpieczną", "siguranta" matches "siguranță", "بامان" matches "بأمان", and
"pleeease", "hiiits" and "stabbed" need no rule of their own. A word the rules do not know is read as the rule word
it is one slip away from: a dropped "g" ("cuttin"); or, if it is not ordinary English, "d" or "t" for "ed" ("punchd",
"slapt"), one letter missed or two swapped ("scard", "hurst"). The IRO is always shown the person's own words.
"""

import re
from bisect import bisect_right
from dataclasses import dataclass
from types import ModuleType

from app.diacritics import without_marks

_DOUBLED = re.compile(r"([^\W\d_])\1+")
_NAME = re.compile(r"<(\w+)>")
_SHORTEST_TO_CORRECT = 5  # shorter words are one slip away from too many ordinary ones


def fold(text: str) -> str:
    """Letters without their marks (app/diacritics.py), and runs of one letter made one letter: "pleeease" and
    "please" both read "plese", "POMIŃ" and "pomin" both "pomin"."""
    return _DOUBLED.sub(r"\1", without_marks(text))


@dataclass(frozen=True)
class Finding:
    words: str  # the person's own words, normalised, as the IRO is shown them
    category: str  # which group of rules found them: "harm", "self_harm", "neglect"…
    first: int  # where they are, as word positions in the normalised text
    last: int


class Reader:
    def __init__(self, language: ModuleType):
        self._words = language.WORDS
        self._spellings = {fold(k): fold(v).split() for k, v in language.SPELLINGS.items()}
        self._dictionary = language.DICTIONARY
        self._rules = {category: self._compile(rules) for category, rules in language.RULES.items()}
        self._idioms = self._compile(language.IDIOMS)
        vocabulary = set(re.findall(r"[a-z]{3,}", " ".join(p.pattern for p in self._rules.values())))
        vocabulary |= {word for words in self._spellings.values() for word in words}
        self._vocabulary = frozenset(vocabulary)
        self._slips = {
            slip: word for word in sorted(vocabulary) if len(word) >= _SHORTEST_TO_CORRECT for slip in _slips_of(word)
        }

    def _expand(self, rule: str) -> str:
        return _NAME.sub(lambda m: "(?:" + "|".join(self._expand(w) for w in self._words[m[1]]) + ")", rule)

    def _compile(self, rules: tuple[str, ...]) -> re.Pattern:
        return re.compile(r"(?<!\w)(?:" + "|".join(fold(self._expand(r)) for r in rules) + r")(?!\w)")

    def _spell(self, token: str) -> list[str]:
        folded = fold(token)
        if folded in self._spellings:
            return self._spellings[folded]
        if folded in self._vocabulary:
            return [folded]
        # Before the dictionary: film scripts put "cuttin" and "bein" in its word lists.
        if folded.endswith("in") and fold(folded + "g") in self._vocabulary:
            return [fold(folded + "g")]
        if token in self._dictionary:
            return [folded]
        if folded[-1:] in ("d", "t") and fold(folded[:-1] + "ed") in self._vocabulary:
            return [fold(folded[:-1] + "ed")]
        return [self._slips.get(folded, folded)]

    def findings(self, tokens: list[str]) -> list[Finding]:
        """What the rules find in these normalised words, each reported as the words the person wrote."""
        words, origin = [], []
        for i, token in enumerate(tokens):
            for word in self._spell(token):
                words.append(word)
                origin.append(i)
        starts, offset = [], 0
        for word in words:
            starts.append(offset)
            offset += len(word) + 1
        text = " ".join(words)
        idioms = [m.span() for m in self._idioms.finditer(text)]
        found = []
        for category, pattern in self._rules.items():
            for match in pattern.finditer(text):
                if any(start < match.end() and match.start() < end for start, end in idioms):
                    continue
                first = origin[bisect_right(starts, match.start()) - 1]
                last = origin[bisect_right(starts, match.end() - 1) - 1]
                found.append(Finding(" ".join(tokens[first : last + 1]), category, first, last))
        return found


def _slips_of(word: str):
    # One letter missed, or two next to each other swapped.
    for i in range(len(word)):
        yield word[:i] + word[i + 1 :]
        if i + 1 < len(word):
            yield word[:i] + word[i + 1] + word[i] + word[i + 2 :]
