"""Keywords in every language, through Twilio's signed webhook: a Polish parent skips, goes back and sends in Polish,
an Arabic conversation skips in Arabic, English always works, and "not safe" in any language raises the urgent flag.

The texts are in the person's language, so what each one asks is told by the question's words in that language."""

import pytest
from flask_babel import force_locale
from sqlalchemy import select

from app.extensions import db
from app.messaging import phones
from app.messaging.segments import plain, segments
from app.models import Contact, Respondent, Submission, SubmissionState
from app.questionnaires import registry
from app.sms import keywords
from app.sms import texts as sms_texts
from app.sms.keywords import BACK, HELP, LINK, SEND, SKIP, START, STOP, YES
from tests.factories import create_child, create_staff
from tests.helpers.phones import Phone, invite_by_text

NUMBER = "+447911123456"


def a_child_speaking(language: str):
    child = create_child(iro=create_staff())
    child.preferred_language = language
    db.session.commit()
    return child


def started(app, twilio, child, respondent=Respondent.CHILD) -> Phone:
    invite_by_text(child, NUMBER, respondent)
    phone = Phone(app, twilio, NUMBER)
    assert phone.new_texts()
    return phone


def asked(text: str, questionnaire: str, language: str) -> str:
    """Which question a text asks: the one whose words (in full or short, with straight quotes as texts have them)
    it carries, in the person's language."""
    with force_locale(language):
        found = [
            (len(words), question.id)
            for question in registry.get(questionnaire).questions
            for words in (plain(str(question.title)), plain(str(question.short_title or question.title)))
            if words in text
        ]
    assert found, text
    return max(found)[1]


def submission() -> Submission:
    db.session.expire_all()
    return db.session.scalar(select(Submission))


@pytest.mark.parametrize(
    "typed, meant",
    [
        ("POMIŃ", SKIP), ("pomin", SKIP), (" Pomiń. ", SKIP), ("sări", SKIP), ("SARI", SKIP), ("تخطي", SKIP),
        ("تخطى", SKIP), ("ПРОПУСТИТИ", SKIP), ("hepgor", SKIP), ("skip", SKIP),
        ("WSTECZ", BACK), ("inapoi", BACK), ("ÎNAPOI", BACK), ("nol", BACK), ("NÔL", BACK), ("رجوع", BACK),
        ("назад", BACK), ("wyslij", SEND), ("WYŚLIJ", SEND), ("trimite!", SEND), ("ارسال", SEND), ("إرسال", SEND),
        ("انفون", None), ("anfon", SEND), ("НАДІСЛАТИ", SEND), ("dolen", LINK), ("رابط", LINK), ("посилання", LINK),
        ("pomoc", HELP), ("ajutor", HELP), ("مساعده", HELP), ("ДОПОМОГА", HELP), ("INFO", HELP),
        ("tak", YES), ("Так", YES), ("da", YES), ("ie", YES), ("نعم", YES), ("نَعَم", YES),
        ("СТОП", STOP), ("توقف", STOP), ("unsubscribe", STOP), ("dechrau", START), ("ابدأ", START), ("ابدا", START),
        ("старт", START), ("UNSTOP", START),
        ("pomiń to", None), ("tak, chyba", None), ("Happy", None), ("", None),
    ],
)
def test_a_text_is_read_as_a_keyword_in_any_language_with_or_without_its_marks(typed, meant):
    assert keywords.keyword(typed) == meant


def test_no_word_means_two_keywords():
    meanings = {}
    for words in keywords.WORDS.values():
        for meaning, word in words.items():
            assert meanings.setdefault(keywords.comparable(word), meaning) == meaning, word
    assert set(keywords.WORDS) >= {"en", "cy", "pl", "ro", "ar", "uk"}


def test_a_polish_parent_skips_goes_back_and_sends_in_polish(app, twilio):
    child = create_child(iro=create_staff())
    db.session.add(Contact(child=child, respondent=Respondent.PARENT, name="Jan Kowalski", language="pl",
                           mobile=phones.find_or_add(NUMBER)))
    db.session.commit()
    phone = started(app, twilio, child, Respondent.PARENT)

    *_, first = phone.reply("tak")
    assert asked(first, "parent", "pl") == "child_doing"
    [question] = phone.reply("1")
    assert asked(question, "parent", "pl") == "child_doing_more"
    [question] = phone.reply("pomiń")
    assert asked(question, "parent", "pl") == "understand_plan"
    [question] = phone.reply("WSTECZ")
    assert asked(question, "parent", "pl") == "child_doing_more"
    [question] = phone.reply("pomin")  # as a phone without Polish letters types it
    assert asked(question, "parent", "pl") == "understand_plan"

    replies = {"understand_plan": "1", "plan_views": "POMIŃ", "family_time": "1", "family_time_change": "Pomiń.",
               "working_well": "pomiń", "worries": "pomin", "questions_for_iro": "pomiń", "attending": "1",
               "interpreter": "1", "interpreter_language": "polski", "access_needs": "pomiń"}
    texts = [question]
    while len(texts) == 1 and not texts[0].startswith(check_words("pl")):
        texts = phone.reply(replies[asked(texts[0], "parent", "pl")])
    assert len(texts) == 1 and texts[0].startswith(check_words("pl")), texts
    with force_locale("pl"):
        sent = sms_texts.sent()
    assert phone.reply("wyslij") == [sent]

    assert submission().state is SubmissionState.SUBMITTED
    values = submission().answer_values()
    assert values["child_doing"] == "very_well" and values["child_doing_more"] == "" and values["plan_views"] == ""
    assert values["interpreter_language"] == "polski"


def check_words(language: str) -> str:
    """How the count before SEND begins in this language ("Answered: "), from the translation of that text."""
    with force_locale(language):
        return sms_texts.check(7, 3).split("7")[0]


def test_english_skip_still_works_in_a_polish_conversation(app, twilio):
    phone = started(app, twilio, a_child_speaking("pl"))
    *_, first = phone.reply("TAK")
    assert asked(first, "child_8_11", "pl") == "share_words"
    [question] = phone.reply("SKIP")
    assert asked(question, "child_8_11", "pl") == "feeling"
    [question] = phone.reply("back")
    assert asked(question, "child_8_11", "pl") == "share_words"


def test_an_arabic_conversation_skips_and_goes_back_in_arabic_and_each_text_fits_two_segments(app, twilio):
    phone = started(app, twilio, a_child_speaking("ar"))
    opening = phone.reply("نعم")
    assert asked(opening[-1], "child_8_11", "ar") == "share_words"
    [question] = phone.reply("تخطي")
    assert asked(question, "child_8_11", "ar") == "feeling"
    [question] = phone.reply("رجوع")
    assert asked(question, "child_8_11", "ar") == "share_words"
    [question] = phone.reply("تخطى")  # alef maksura for yeh, as many phones type it
    assert asked(question, "child_8_11", "ar") == "feeling"
    assert all(segments(text) <= 2 for text in [*opening, question]), [(segments(t), t) for t in opening]
    assert submission().answer_values()["share_words"] == ""


@pytest.mark.parametrize(
    "language, not_safe",
    [("pl", "nie jestem bezpieczna"), ("pl", "Nie jestem bezpieczny."), ("cy", "Dw i ddim yn ddiogel"),
     ("ro", "nu sunt in siguranta"), ("ar", "لست بأمان"), ("uk", "Я не в безпеці")],
)
def test_not_safe_in_any_language_raises_the_urgent_flag_and_sends_help(app, twilio, language, not_safe):
    phone = started(app, twilio, a_child_speaking(language))
    phone.reply("1")
    texts = phone.reply(not_safe)
    assert any("999" in text for text in texts)
    assert submission().urgent_at is not None


def test_stop_and_start_in_ukrainian_stop_texts_then_carry_on_where_they_left_off(app, twilio):
    phone = started(app, twilio, a_child_speaking("uk"))
    phone.reply("так")
    assert phone.reply("СТОП") == []
    assert phone.reply("1") == [], "nothing is sent once they have said stop"
    texts = phone.reply("Старт")
    assert asked(texts[-1], "child_8_11", "uk") == "share_words"


def test_help_in_polish_sends_help_and_an_unknown_number_is_answered_in_any_language(app, twilio):
    phone = started(app, twilio, a_child_speaking("pl"))
    [help_text] = phone.reply("POMOC")
    assert "999" in help_text and "0800 1111" in help_text
    stranger = Phone(app, twilio, "+447911999999")
    assert "0800 1111" in stranger.text("ajutor").get_data(as_text=True), "help, not the wrong-number reply"
    assert "<Message>" not in stranger.text("СТОП").get_data(as_text=True)
