"""Words and phrases in free text that raise an urgent flag for the IRO to look at.

The list errs on the side of flagging: an IRO reads every flag, and a missed one costs more
than a false one. Matching ignores case and treats curly and straight apostrophes alike.
"""

import re

PHRASES = (
    "not safe", "unsafe", "don't feel safe", "dont feel safe", "scared of", "afraid of", "frightened of",
    "hurts me", "hurt me", "hit me", "hits me", "hitting me", "beat me", "beats me", "kicks me", "kicked me",
    "punched me", "slapped me", "touched me", "touches me", "abuse", "abused", "abusing", "rape", "raped",
    "kill myself", "killing myself", "want to die", "wanna die", "suicide", "suicidal", "end my life",
    "self harm", "self-harm", "cut myself", "cutting myself", "hurt myself", "hurting myself",
    "run away", "running away", "locked in", "no food", "starving", "groomed", "grooming",
    "made me do", "makes me do", "threatened", "knife", "gun",
)

_PATTERN = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in sorted(PHRASES, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def mentions_harm(text: str) -> bool:
    return bool(_PATTERN.search(text.replace("’", "'").replace("‘", "'")))
