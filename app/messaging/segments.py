"""How many SMS segments a text takes: GSM-7 fits 160 (153 a part), anything else UCS-2, 70 (67 a part)."""

GSM_BASIC = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM_EXTENDED = set("^{}\\[~]|€\f")  # each takes two septets (an escape, then the character)

# Typographic characters that would force the whole text into UCS-2, and their GSM-7 stand-ins. Babel puts a narrow
# no-break space before "PM" in a formatted time.
PLAIN = str.maketrans(
    {"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "...", "\u00a0": " ", "\u202f": " "}
)


def plain(text: str) -> str:
    """Straight quotes and dashes for curly ones, so a stray apostrophe does not halve what a text holds."""
    return text.translate(PLAIN)


def is_gsm7(text: str) -> bool:
    return all(ch in GSM_BASIC or ch in GSM_EXTENDED for ch in text)


def segments(text: str) -> int:
    """The number of SMS parts the text is sent in."""
    if is_gsm7(text):
        length = sum(2 if ch in GSM_EXTENDED else 1 for ch in text)
        single, part = 160, 153
    else:
        # UCS-2 counts UTF-16 code units: an emoji outside the BMP takes two.
        length = len(text.encode("utf-16-le")) // 2
        single, part = 70, 67
    if length <= single:
        return 1
    return -(-length // part)
