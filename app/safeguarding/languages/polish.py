"""Polish (polski): a first, small set of phrases that may mean someone is not safe.

NEEDS REVIEW by a native Polish speaker who knows safeguarding, and a corpus written by one, before it is relied on.
It was written by people who are not native speakers, from the agreed phrase ("nie jestem bezpieczny/bezpieczna")
and the ordinary spellings and common inflections of a few phrases: not safe, hits or hurts me, kill or hurt myself,
want to die, touched me, scared to go home. It knows no slang. tests/safeguarding/polish.csv holds the phrases it was
checked on.

Written as text reads after app.safeguarding.words.normalise: lower case, punctuation gone. So "Nie, jestem
bezpieczna" (no, I am safe) reads as "nie jestem bezpieczna" (I am not safe) and flags: a false alarm costs the IRO a
minute. Letters' marks are folded on both sides (app/safeguarding/phrases.py), so "boje sie" matches "boję się" and
"zabic" matches "zabić", as phones often type them.
"""

from app.safeguarding.languages.english import DICTIONARY as ENGLISH_WORDS

SPELLINGS = {"niechce": "nie chcę", "niechcę": "nie chcę"}

WORDS = {
    # Done to someone, in the tenses people use: "tata mnie bije", "uderzył mnie".
    "harm": (
        "bije", "biją", "bił", "biła", "bili", "pobił", "pobiła", "pobili", "leje", "lał", "lała", "tłucze", "tłukł",
        "uderza", "uderzył", "uderzyła", "uderzyli", "krzywdzi", "skrzywdził", "skrzywdziła", "kopie", "kopnął",
        "kopnęła", "dusi", "dusił", "dusiła", "szarpie", "szarpał", "szarpała", "popycha", "popchnął", "popchnęła",
        "zabije", "zabiją", "zabił", "zabiła",
    ),
    "touch": (
        "dotyka", "dotykał", "dotykała", "dotykali", "dotykają", "dotknął", "dotknęła", "maca", "macał", "macała",
        "obmacuje", "obmacywał", "obmacywała",
    ),
    "person": ("mnie", "nas", "mamę", "brata", "siostrę"),
}

RULES = {
    "harm": (
        r"<harm> (?:\w+ )?<person>",
        r"<person> (?:\w+ )?<harm>",
        r"(?:robi|robią|zrobił|zrobiła|zrobili) (?:\w+ )?(?:mi|nam) krzywdę",
        r"znęca\w* się|przemoc\w*",
    ),
    "self_harm": (
        r"(?:zabić|zabiję|zabijam|zabiłam|zabiłem) się|się (?:\w+ )?zabić",
        r"samobój\w*",
        r"(?:chcę|chciałabym|chciałbym|wolę) (?:\w+ )?(?:umrzeć|umierać|zniknąć na zawsze)",
        r"nie (?:\w+ )?chcę (?:już |dalej )?żyć",
        r"(?:tnę|ciąć|kaleczę|okaleczam|okaleczać|krzywdzę|skrzywdzić|skrzywdzę) się|"
        r"się (?:tnę|ciąć|kaleczę|okaleczam|krzywdzę|skrzywdzić)",
        r"(?:zrobić|zrobię|robię|zrobiłam|zrobiłem) sobie (?:\w+ )?krzywdę",
    ),
    "sexual": (
        r"<touch> (?:\w+ )?(?:mnie|nas)",
        r"(?:mnie|nas) (?:\w+ )?<touch>",
    ),
    "fear": (
        r"nie (?:\w+ ){0,3}bezpieczn\w*",
        r"niebezpiecznie|w niebezpieczeństwie|w zagrożeniu",
        r"(?:boję|boimy) się",
        r"strach (?:\w+ ){0,2}(?:do domu|wracać)",
        r"nie (?:\w+ )?chcę (?:\w+ )?(?:wracać|wrócić|iść) do domu",
    ),
}

# Not afraid, or afraid of something that is no person: a finding that overlaps one of these is dropped.
IDIOMS = (
    r"nie (?:boję|boimy) się",
    r"(?:boję|boimy) się (?:ciemności|pająków|pająka|psów|psa|burzy|egzaminu|egzaminów|klasówki|sprawdzianu|"
    r"wysokości|dentysty|zastrzyków|węży|potworów|horrorów)",
)

# No Polish word list yet: English words (which Polish texts mix in) are never "corrected" into a Polish rule word.
DICTIONARY = ENGLISH_WORDS
