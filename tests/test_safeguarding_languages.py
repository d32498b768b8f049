"""Words that may mean someone is not safe, in Welsh, Polish, Romanian, Arabic and Ukrainian.

Each language has a small set of phrases (tests/safeguarding/<language>.csv): ones that must flag, in ordinary
spelling and as phones type them without accents, and ordinary answers that share their words and must not. These are
the phrases the rules were written from, so every one must come out right; they measure nothing beyond that until a
native speaker writes a corpus (docs/safeguarding.md)."""

from pathlib import Path

import pytest

from app.safeguarding.languages import LANGUAGES, arabic, polish, romanian, ukrainian, welsh
from app.safeguarding.phrases import Reader
from app.safeguarding.words import mentions_harm, normalise, phrases_in
from tests.safeguarding_report import rows

HERE = Path(__file__).parent / "safeguarding"
OTHER_LANGUAGES = {"welsh": welsh, "polish": polish, "romanian": romanian, "arabic": arabic, "ukrainian": ukrainian}
# The agreed "not safe" for each language, which a person may text at any time.
NOT_SAFE = {
    "welsh": "ddim yn ddiogel", "polish": "nie jestem bezpieczna", "romanian": "nu sunt în siguranță",
    "arabic": "لست بأمان", "ukrainian": "не в безпеці",
}


def test_every_language_is_read():
    assert set(OTHER_LANGUAGES.values()) < set(LANGUAGES)


@pytest.mark.parametrize("name", OTHER_LANGUAGES)
def test_each_languages_phrases_flag_and_its_ordinary_answers_do_not(name):
    phrases = rows(HERE / f"{name}.csv")
    own_rules = Reader(OTHER_LANGUAGES[name])
    assert NOT_SAFE[name] in {row["text"] for row in phrases}
    assert sum(row["expected"] == "flag" for row in phrases) >= 10 and sum(row["expected"] == "ok" for row in phrases) >= 8
    wrong = []
    for row in phrases:
        flagged = mentions_harm(row["text"])
        if row["expected"] == "flag" and not (flagged and own_rules.findings(normalise(row["text"]).split())):
            wrong.append(f"missed: {row['text']}")
        if row["expected"] == "ok" and flagged:
            wrong.append(f"false alarm: {row['text']} ({', '.join(phrases_in(row['text']))})")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("name", OTHER_LANGUAGES)
def test_each_language_says_it_needs_a_native_speakers_review(name):
    docstring = " ".join(OTHER_LANGUAGES[name].__doc__.split())
    assert "NEEDS REVIEW by a native" in docstring and "who knows safeguarding" in docstring


@pytest.mark.parametrize(
    "typed, shown",
    [
        ("Tata mnie bije!!", ["mnie bije"]),
        ("nie jestem bezpieczną", ["nie jestem bezpieczną"]),  # the person's own letters, however they are read
        ("NU SUNT IN SIGURANTA", ["nu sunt in siguranta"]),
        ("لَسْتُ بِأَمَانٍ", ["لست بأمان"]),  # vowel signs are dropped, so they do not split the words
        ("Тато б'є мене", ["бє мене"]),
    ],
)
def test_the_iro_is_shown_the_persons_own_words(typed, shown):
    assert phrases_in(typed) == shown
