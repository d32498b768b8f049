"""The words a person texts to steer their questions (YES, BACK, SKIP, LINK, SEND, HELP, STOP, START), in every
language the service speaks.

A text is a keyword when it is nothing but one, in any case, with or without its letters' marks ("POMIN" is
"POMIŃ", "inapoi" is "ÎNAPOI", "ارسال" is "إرسال"), and with spaces and full stops around it. Every language's words
work whatever language the conversation is in (a parent may answer Polish texts in English, or the other way round),
and English always works."""

from app.diacritics import without_marks

YES, BACK, SKIP, LINK, SEND, HELP, STOP, START = "YES", "BACK", "SKIP", "LINK", "SEND", "HELP", "STOP", "START"

# The agreed words in each language; the texts tell people to reply with these.
WORDS = {
    "en": {YES: "YES", BACK: "BACK", SKIP: "SKIP", LINK: "LINK", SEND: "SEND", HELP: "HELP", STOP: "STOP", START: "START"},
    "cy": {YES: "IE", BACK: "NÔL", SKIP: "HEPGOR", LINK: "DOLEN", SEND: "ANFON", HELP: "HELP", STOP: "STOP",
           START: "DECHRAU"},
    "pl": {YES: "TAK", BACK: "WSTECZ", SKIP: "POMIŃ", LINK: "LINK", SEND: "WYŚLIJ", HELP: "POMOC", STOP: "STOP",
           START: "START"},
    "ro": {YES: "DA", BACK: "ÎNAPOI", SKIP: "SARI", LINK: "LINK", SEND: "TRIMITE", HELP: "AJUTOR", STOP: "STOP",
           START: "START"},
    "ar": {YES: "نعم", BACK: "رجوع", SKIP: "تخطي", LINK: "رابط", SEND: "إرسال", HELP: "مساعدة", STOP: "توقف",
           START: "ابدأ"},
    "uk": {YES: "ТАК", BACK: "НАЗАД", SKIP: "ПРОПУСТИТИ", LINK: "ПОСИЛАННЯ", SEND: "НАДІСЛАТИ", HELP: "ДОПОМОГА",
           STOP: "СТОП", START: "СТАРТ"},
}

# Twilio's own English opt-out, opt-in and help words (Advanced Opt-Out's defaults), so we agree with what Twilio
# blocks. Twilio confirms an opt-in itself only for START and UNSTOP.
TWILIO = {
    "STOPALL": STOP, "UNSUBSCRIBE": STOP, "CANCEL": STOP, "END": STOP, "QUIT": STOP, "REVOKE": STOP, "OPTOUT": STOP,
    "UNSTOP": START, "INFO": HELP,
}
TWILIO_CONFIRMS = {"START", "UNSTOP"}


def comparable(text: str) -> str:
    """The text as words are compared: one space between words, without the spaces, full stops and exclamation marks
    around it, case folded and without marks."""
    return without_marks(" ".join(text.split()).strip(" .!۔")).casefold()


_KEYWORDS = {comparable(word): keyword for words in WORDS.values() for keyword, word in words.items()}
_KEYWORDS |= {comparable(word): keyword for word, keyword in TWILIO.items()}


def keyword(body: str) -> str | None:
    """Which keyword the text is (YES, BACK, SKIP, LINK, SEND, HELP, STOP or START), in whatever language it was
    written; None when it is not one."""
    return _KEYWORDS.get(comparable(body))


def confirmed_by_twilio(body: str) -> bool:
    """Whether Twilio answers this opt-in itself (its own START or UNSTOP), so we need not."""
    return comparable(body).upper() in TWILIO_CONFIRMS
