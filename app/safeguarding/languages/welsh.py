"""Welsh (Cymraeg): a first, small set of phrases that may mean someone is not safe.

NEEDS REVIEW by a native Welsh speaker who knows safeguarding, and a corpus written by one, before it is relied on.
It was written by people who are not native speakers, from the agreed phrase ("ddim yn ddiogel") and the ordinary
spellings, mutations and colloquial forms of a few phrases: not safe, hurts or hits me, kill or hurt myself, want to
die, touched me, scared to go home. It knows no slang. tests/safeguarding/welsh.csv holds the phrases it was checked
on.

Written as text reads after app.safeguarding.words.normalise: lower case, no apostrophes ("teimlo'n" is "teimlon",
"dw i'n" is "dw in"). Marks and doubled letters are folded on both sides (app/safeguarding/phrases.py), so "ddiogel"
and "diogel", "lladd" and "ladd", "nôl" and "nol" match alike: a soft mutation that only doubles or drops a letter
needs no rule of its own. Other mutations (brifo, frifo, mrifo) are written out.
"""

from app.safeguarding.languages.english import DICTIONARY as ENGLISH_WORDS

SPELLINGS = {
    # Colloquial and regional forms of "eisiau" (want), and "saff" for "diogel" (safe).
    "isio": "eisiau", "isie": "eisiau", "ishe": "eisiau", "moyn": "eisiau", "eisio": "eisiau", "saff": "diogel",
    "dwi": "dw i", "dwin": "dw in",
}

WORDS = {
    # A verb of harm as it stands after "fy" (my: nasal mutation): "mae e'n fy nharo i", he is hitting me.
    "after_fy": ("mrifo", "nharo", "nghuro", "nghicio", "mwrw", "nyrnu", "nhagu", "ngwthio", "lladd", "nghamdrin"),
    # The same verbs unmutated, as said with "fi" or "ni" after them: "mae e'n brifo fi".
    "harm": ("brifo", "frifo", "taro", "curo", "cicio", "bwrw", "dyrnu", "tagu", "gwthio", "hitio", "slapio", "lladd"),
    "home": ("adref", "adre", "gartref", "gartre", "adra", "nol", "yn ol"),
}

RULES = {
    "harm": (
        r"fy <after_fy>",
        r"<harm> (?:fi|ni)",
        r"ein <harm>",
        r"cam ?drin\w*",
    ),
    "self_harm": (
        r"(?:<harm>|niweidio|anafu|torri) fy hun(?:an)?",
        r"hunanladdiad\w*|hunan ?niweid\w*|hunan ?niwed",
        r"eisiau (?:\w+ )?[mf]arw",
        r"(?:ddim|dim) (?:\w+ )?eisiau byw",
    ),
    "sexual": (
        r"[cg]yffwrdd (?:a |ag )?(?:fi|ni|ynof|yno i|fy)",
        r"fy nghyffwrdd",
    ),
    "fear": (
        r"(?:ddim|nid wyf|nid ydw i|nid ydym) (?:(?:yn|wedi|bod|teimlon|teimlo|gallu) ){0,3}diogel",
        r"anniogel|mewn perygl|mewn peryg",
        r"(?:gen i|gena i|gennyf|gynna i|gen ni) ofn|ofn arna (?:i|ni)|ofn arnaf|ofnus",
        r"ofn mynd (?:\w+ ){0,2}<home>",
        r"(?:ddim|dim) eisiau mynd (?:\w+ )?<home>",
    ),
}

# Not afraid, or afraid of something that is no person: a finding that overlaps one of these is dropped.
IDIOMS = (
    r"dim ofn(?: arna i| arnaf| arna ni)?",
    r"ofn (?:y tywyllwch|corynod|pryfed cop|cwn|ci|nadroedd|uchder|arholiadau|profion|y deintydd|nodwyddau)",
)

# No Welsh word list yet: English words (which Welsh texts mix in) are never "corrected" into a Welsh rule word.
DICTIONARY = ENGLISH_WORDS
