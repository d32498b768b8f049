"""Romanian (română): a first, small set of phrases that may mean someone is not safe.

NEEDS REVIEW by a native Romanian speaker who knows safeguarding, and a corpus written by one, before it is relied on.
It was written by people who are not native speakers, from the agreed phrase ("nu sunt în siguranță") and the
ordinary spellings and common inflections of a few phrases: not safe, hits or hurts me, kill or hurt myself, want to
die, touched me, scared to go home. It knows no slang. tests/safeguarding/romanian.csv holds the phrases it was
checked on.

Written as text reads after app.safeguarding.words.normalise: lower case, hyphens and punctuation made spaces ("m-a
lovit" is "m a lovit", "mi-e frică" is "mi e frică"). So "Nu, sunt în siguranță" (no, I am safe) reads as "nu sunt în
siguranță" and flags: a false alarm costs the IRO a minute. Letters' marks are folded on both sides
(app/safeguarding/phrases.py), so "siguranta" matches "siguranță" (with a comma or a cedilla under the t).
"""

from app.safeguarding.languages.english import DICTIONARY as ENGLISH_WORDS

SPELLINGS = {"mie": "mi e"}

WORDS = {
    # Done to someone, after "mă", "ne", "m-a" or "ne-a": "tata mă bate", "m-a lovit".
    "harm": (
        "bate", "bătea", "bătut", "lovește", "lovea", "lovit", "rănește", "rănit", "pocnește", "pocnit", "împinge",
        "împins", "sufocă", "sufocat", "strânge de gât", "pălmuiește", "pălmuit", "chinuie", "chinuit", "omoară",
        "omoare", "omorî",
    ),
    "touch": ("atinge", "atins", "atingea", "pipăie", "pipăit", "pipăia"),
    "me": ("mă", "ne", "m a", "ne a"),
}

RULES = {
    "harm": (
        r"<me> (?:mai |tot |iar |des |mereu )?<harm>",
        r"<harm> pe (?:mine|noi|mama|mami|fratele|sora)",
        r"(?:îmi|ne|mi) (?:face|fac|a făcut|au făcut) rău",
        r"abuz\w*|violență",
    ),
    "self_harm": (
        r"mă (?:omor|sinucid|tai|rănesc|otrăvesc|spânzur)",
        r"sinucid\w*",
        r"(?:vreau|aș vrea|as vrea) să (?:mor|fiu mort|fiu moartă)",
        r"nu (?:mai )?vreau să (?:mai )?trăiesc",
        r"(?:îmi|mi|să mi|să îmi) (?:fac|am făcut) rău",
    ),
    "sexual": (r"<me> (?:\w+ )?<touch>",),
    "fear": (
        r"nu (?:\w+ ){0,3}în siguranță",
        r"în pericol",
        r"(?:mi e|îmi e|mi este|îmi este) (?:\w+ )?(?:frică|teamă)",
        r"mă tem|sunt (?:\w+ )?speriat\w*",
        r"nu vreau să (?:merg|mă întorc|mă duc) acasă",
    ),
}

# Not afraid; afraid of something that is no person; beaten at a game: a finding that overlaps one is dropped.
IDIOMS = (
    r"nu (?:mi e|îmi e|mă|sunt) (?:\w+ )?(?:frică|teamă|tem|speriat\w*)",
    r"(?:frică|teamă|tem|speriat\w*) de (?:păianjeni|întuneric|câini|examen|examene|teste|teză|înălțime|șerpi|"
    r"dentist|ace|injecții|monștri|filme de groază)",
    r"<harm> (?:\w+ )?la (?:șah|fotbal|fifa|cărți|jocuri|table|alergat|tenis)",
)

# No Romanian word list yet: English words (which Romanian texts mix in) are never "corrected" into a Romanian rule
# word.
DICTIONARY = ENGLISH_WORDS
