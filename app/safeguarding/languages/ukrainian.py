"""Ukrainian (українська): a first, small set of phrases that may mean someone is not safe.

NEEDS REVIEW by a native Ukrainian speaker who knows safeguarding, and a corpus written by one, before it is relied
on. It was written by people who are not native speakers, from the agreed phrase ("не в безпеці") and the ordinary
spellings and common inflections of a few phrases: not safe, hits or hurts me, kill or hurt myself, want to die,
touched me, scared to go home. It knows no slang, and no Russian: many children from Ukraine write Russian, or
Ukrainian in Latin letters, and neither is read. tests/safeguarding/ukrainian.csv holds the phrases it was checked on.

Written as text reads after app.safeguarding.words.normalise: lower case, apostrophes dropped ("б'є" is "бє").
Letters' marks are folded on both sides (app/safeguarding/phrases.py): "й" reads "и" and "ї" reads "і", in the rules
and in the text alike.
"""

SPELLINGS = {"бьє": "бє", "бъє": "бє"}

WORDS = {
    # Done to someone: "тато б'є мене", "мене вдарив".
    "harm": (
        "бє", "бють", "бив", "била", "били", "побив", "побила", "побили", "вдарив", "вдарила", "вдарили", "вдаряє",
        "ударив", "ударила", "штовхає", "штовхнув", "штовхнула", "душить", "душив", "душила", "кривдить",
        "скривдив", "скривдила", "лупить", "лупцює", "вбє", "убє", "вбив", "вбила",
    ),
    "touch": (
        "торкався", "торкалася", "торкалась", "торкається", "торкаються", "чіпав", "чіпає", "чіпала", "чіпають",
        "лапав", "лапає", "мацав", "мацає", "мацала",
    ),
    "person": ("мене", "нас", "маму", "брата", "сестру"),
    "afraid": ("боюся", "боюсь", "боїмося", "мені страшно", "нам страшно", "страшно мені", "мені лячно"),
}

RULES = {
    "harm": (
        r"<harm> (?:\w+ )?<person>",
        r"<person> (?:\w+ )?<harm>",
        r"(?:робить|роблять|зробив|зробила|зробили) (?:\w+ )?(?:мені|нам) боляче",
        r"знущ\w*|насильств\w*",
    ),
    "self_harm": (
        r"(?:вбити|убити|вбю|убю|вбиваю|вбила|вбив) себе",
        r"покінчити (?:\w+ )?з собою",
        r"самогуб\w*|суїцид\w*",
        r"хочу (?:\w+ )?(?:померти|вмерти|умерти)",
        r"не (?:\w+ )?хочу (?:більше |вже )?жити",
        r"(?:шкоджу|зашкодити|нашкодити|шкодити) собі|собі (?:\w+ )?(?:шкоди|боляче)",
        r"(?:ріжу|порізати|порізала|порізав|різати) (?:себе|собі)|ріжусь|порізалас\w*|порізався",
    ),
    "sexual": (
        r"<touch> (?:\w+ )?(?:мене|нас|мені)",
        r"(?:мене|нас) (?:\w+ )?<touch>",
    ),
    "fear": (
        r"не (?:\w+ ){0,2}[ув] безпеці",
        r"небезпечно|не безпечно|[ув] небезпеці",
        r"<afraid>",
        r"не хочу (?:\w+ )?(?:йти|іти|повертатися|повертатись) додому",
    ),
}

# Not afraid, or afraid of something that is no person: a finding that overlaps one of these is dropped.
IDIOMS = (
    r"не (?:боюся|боюсь|боїмося)",
    r"(?:боюся|боюсь|боїмося) (?:темряви|павуків|собак|іспиту|іспитів|контрольної|висоти|змій|стоматолога|уколів)",
)

DICTIONARY: frozenset[str] = frozenset()
