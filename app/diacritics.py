"""Letters read without their marks, as a phone user may type them: "POMIN" for "POMIŃ", "inapoi" for "ÎNAPOI",
"ارسال" for "إرسال".

Used wherever we read what a person typed against words we know (keywords in texts, safeguarding phrases), never for
what we show: people see their own words as they wrote them."""

import unicodedata

# Letters that Unicode does not decompose into a letter and a mark, and the plain letter people type for them. Arabic
# is folded as search engines fold it (Lucene's ArabicNormalizer): hamza and madda forms of alef are alef, alef
# maksura is yeh, teh marbuta is heh; Persian keyboards' yeh and kaf are the Arabic ones.
_PLAIN_LETTERS = str.maketrans(
    {
        "ł": "l", "Ł": "L",
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ی": "ي", "ک": "ك",
        "ـ": None,  # tatweel: stretches a word on screen, and is no letter
    }
)


def without_marks(text: str) -> str:
    """Compatibility forms decomposed (Unicode NFKD), combining marks (accents, Arabic vowel signs and hamza above or
    below) dropped, Arabic letter forms folded and tatweel dropped."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(_PLAIN_LETTERS)
