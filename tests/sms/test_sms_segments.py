"""Every question of every questionnaire fits in two SMS segments, in every language, with its numbered options."""

import pytest
from flask_babel import force_locale

from app.messaging.segments import is_gsm7, plain, segments
from app.questionnaires.registry import QUESTIONNAIRES
from app.sms import texts
from app.sms.rendering import question_text

LINK = "https://listen-to-me.example.org/c/" + "x" * 43  # as long as a real link


@pytest.mark.parametrize(
    "text, expected",
    [
        ("a" * 160, 1),
        ("a" * 161, 2),
        ("a" * 306, 2),
        ("a" * 307, 3),
        ("[" * 80, 1),  # GSM-7's extension table: two septets each
        ("[" * 81, 2),
        ("a" * 69 + "’", 1),  # a curly apostrophe forces UCS-2
        ("a" * 70 + "’", 2),
        ("a" * 132 + "😄", 2),  # an emoji is two UTF-16 units
        ("a" * 133 + "😄", 3),
    ],
)
def test_segments_are_counted_as_phones_count_them(text, expected):
    assert segments(text) == expected


def test_curly_quotes_become_straight_so_a_text_stays_gsm7():
    assert is_gsm7(plain("Are the child’s needs met? Select “No one else”"))


@pytest.mark.parametrize("questionnaire", QUESTIONNAIRES.values(), ids=lambda q: q.id)
def test_every_question_as_a_text_takes_at_most_two_segments(app, questionnaire):
    for language in app.config["LANGUAGES"]:
        with force_locale(language):
            total = len(questionnaire.questions)
            for position, question in enumerate(questionnaire.questions, start=1):
                text = question_text(question, position, total)
                for number, option in enumerate(question.options, start=1):
                    assert f"\n{number} {plain(str(option.label))}" in text, (question.id, text)
                assert segments(text) <= 2, (language, question.id, len(text), text)


def test_the_services_own_texts_take_at_most_two_segments(app):
    from datetime import date

    for language in app.config["LANGUAGES"]:
        with force_locale(language):
            for text in (
                texts.invitation(LINK, date(2027, 9, 30)), texts.invitation(LINK, None), texts.reminder(LINK, date(2027, 9, 30)),
                texts.intro(True), texts.intro(False), texts.check(20, 10), texts.help_text(), texts.link(LINK),
                texts.feedback_intro(date(2027, 9, 30), True), texts.feedback_intro(date(2027, 9, 30), False),
                texts.sent(feedback=True),
                texts.unknown_number(), texts.nudge(), texts.timed_out(),
            ):
                assert segments(plain(text)) <= 2, (language, len(text), text)
