"""Finding the phrases in free text that raise an urgent flag for the IRO to look at.

Text is normalised before matching, so the way a phone or a child types never hides a phrase: "I’m NOT
safe", "im not  safe", "not\u00a0safe", "not\nsafe" and "not\u200bsafe" all read "im not safe". The phrases
themselves are in app/safeguarding/phrases.py, and the reasons for them in docs/safeguarding.md.
"""

import re
import unicodedata

from app.safeguarding.phrases import PHRASES

# Straight, curly and modifier apostrophes and the accents phones put in their place: dropped, so "don't",
# "don’t" and "dont" are one word.
_APOSTROPHES = re.compile(r"['‘’‛ʼʹ`´]")
_NOT_A_LETTER = re.compile(r"[\W_]+")


def normalise(text: str, invisible: str = "") -> str:
    """Compatibility forms folded (NFKC: full-width letters, ligatures, odd spaces), invisible format characters
    (zero-width spaces and joiners, soft hyphens) replaced by `invisible`, case folded, apostrophes dropped, and
    everything that is not a letter or a digit (punctuation, emoji, any kind of space or line break) made one
    space."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(invisible if unicodedata.category(ch) == "Cf" else ch for ch in text)
    text = _APOSTROPHES.sub("", text.casefold())
    return _NOT_A_LETTER.sub(" ", text).strip()


def _readings(text: str) -> tuple[str, ...]:
    # A zero-width character may sit inside a word ("sa\u200bfe") or stand for a space ("not\u200bsafe"):
    # read the text both ways.
    return normalise(text), normalise(text, invisible=" ")


def _pattern(phrases) -> re.Pattern:
    # Longest first, so "kill myself" is reported rather than a shorter phrase inside it; whole words only.
    words = sorted({normalise(p) for p in phrases}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")


_PATTERN = _pattern(PHRASES)


def phrases_in(text: str) -> list[str]:
    """The listed phrases this text contains, as listed, each once."""
    return list(dict.fromkeys(match.group(0) for reading in _readings(text) for match in _PATTERN.finditer(reading)))


def mentions_harm(text: str) -> bool:
    return bool(text) and any(_PATTERN.search(reading) for reading in _readings(text))
