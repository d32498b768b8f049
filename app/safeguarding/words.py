"""Finding the words in free text that raise an urgent flag for the IRO to look at.

Text is normalised before matching, so the way a phone or a child types never hides a phrase: "I’m NOT
safe", "im not  safe", "not\u00a0safe", "not\nsafe" and "not\u200bsafe" all read "im not safe". It is then
read by each language's rules (app/safeguarding/languages/, compiled by app/safeguarding/phrases.py), and the
reasons for them are in docs/safeguarding.md.
"""

import re
import unicodedata

from app.safeguarding.languages import LANGUAGES
from app.safeguarding.phrases import Finding, Reader

# Straight, curly and modifier apostrophes and the accents phones put in their place: dropped, so "don't",
# "don’t" and "dont" are one word.
_APOSTROPHES = re.compile(r"['‘’‛ʼʹ`´]")
_NOT_A_LETTER = re.compile(r"[\W_]+")
_READERS = tuple(Reader(language) for language in LANGUAGES)


def normalise(text: str, invisible: str = "") -> str:
    """Compatibility forms folded (NFKC: full-width letters, ligatures, odd spaces), combining marks left over
    (Arabic vowel signs, a strike-through) dropped so they do not split a word, invisible format characters
    (zero-width spaces and joiners, soft hyphens) replaced by `invisible`, case folded, apostrophes dropped, and
    everything that is not a letter or a digit (punctuation, emoji, any kind of space or line break) made one
    space."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(invisible if unicodedata.category(ch) == "Cf" else ch for ch in text if not unicodedata.combining(ch))
    text = _APOSTROPHES.sub("", text.casefold())
    return _NOT_A_LETTER.sub(" ", text).strip()


def _readings(text: str) -> tuple[str, ...]:
    # A zero-width character may sit inside a word ("sa\u200bfe") or stand for a space ("not\u200bsafe"):
    # read the text both ways.
    return normalise(text), normalise(text, invisible=" ")


def findings(text: str) -> list[Finding]:
    """Everything that may mean someone is not safe, in the order written."""
    return [f for reading in _readings(text or "") for f in _joined(reading.split())]


def _joined(tokens: list[str]) -> list[Finding]:
    # Findings that overlap ("hed kill" and "kill me") are shown to the IRO as the one phrase, "hed kill me".
    joined: list[Finding] = []
    for f in sorted((f for reader in _READERS for f in reader.findings(tokens)), key=lambda f: (f.first, -f.last)):
        if joined and f.first <= joined[-1].last:
            before = joined.pop()
            first, last = before.first, max(f.last, before.last)
            f = Finding(" ".join(tokens[first : last + 1]), before.category, first, last)
        joined.append(f)
    return joined


def phrases_in(text: str) -> list[str]:
    """The person's own words that raised a flag, each once."""
    return list(dict.fromkeys(finding.words for finding in findings(text)))


def mentions_harm(text: str) -> bool:
    return bool(findings(text))
