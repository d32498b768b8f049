"""Every question of every questionnaire fits in two SMS segments, in every language, with its numbered options."""

from datetime import date, time

import pytest
from flask_babel import force_locale

from app.invitations import wording
from app.messaging.segments import is_gsm7, plain, segments
from app.models import Review
from app.questionnaires.registry import QUESTIONNAIRES
from app.sms import texts
from app.sms.rendering import question_text
from app.staff.meetings import PLACE_LIMIT

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
                text = question_text(question, position, total, about=True)
                for number, option in enumerate(question.options, start=1):
                    assert f"\n{number} {plain(str(option.label))}" in text, (question.id, text)
                assert segments(text) <= 2, (language, question.id, len(text), text)


# Reviews as texts describe them: before a meeting is booked, booked in the longest words a place may have (in letters
# GSM-7 has, and in letters it lacks), by video, and held.
WEDNESDAY = date(2027, 9, 29)
LONGEST_PLACE = "x" * PLACE_LIMIT


def reviews() -> list[Review]:
    booked = {"meeting_on": WEDNESDAY, "meeting_time": time(12, 30)}
    return [
        Review(due_on=WEDNESDAY),
        Review(due_on=WEDNESDAY, meeting_place=LONGEST_PLACE, **booked),
        Review(due_on=WEDNESDAY, meeting_place="ŵ" * PLACE_LIMIT, **booked),
        Review(due_on=WEDNESDAY, meeting_by_video=True, **booked),
        Review(due_on=WEDNESDAY, held_on=WEDNESDAY),
    ]


def test_the_services_own_texts_take_at_most_two_segments(app):
    for language in app.config["LANGUAGES"]:
        with force_locale(language):
            for text in (
                *(wording.invitation_text(LINK, review) for review in reviews()), wording.invitation_text(LINK, None),
                *(wording.reminder_text(LINK, review) for review in reviews()),
                texts.intro(True), texts.intro(False), texts.check(20, 10), texts.help_text(), texts.link(LINK),
                texts.feedback_intro(date(2027, 9, 30), True), texts.feedback_intro(date(2027, 9, 30), False),
                texts.sent(feedback=True),
                texts.unknown_number(), texts.nudge(), texts.timed_out(),
            ):
                assert segments(plain(text)) <= 2, (language, len(text), text)
            assert segments(plain(texts.check(20, 10))) == 1, "the count before SEND fits one text"


def test_a_place_that_would_not_fit_is_left_out_of_the_text_but_the_day_and_time_stay(app):
    booked = {"due_on": WEDNESDAY, "meeting_on": WEDNESDAY, "meeting_time": time(12, 30)}
    # With the sender's name ("Listen to Me from Anytown Council") a place of 40 characters fits; one of 60 fits
    # only with a shorter council name, and is otherwise left out like any other place that does not fit.
    place = "x" * 40
    fits = plain(wording.invitation_text(LINK, Review(meeting_place=place, **booked)))
    assert f"The meeting will be on Wednesday 29 September at 12:30 PM at {place}." in fits
    too_long = plain(wording.invitation_text(LINK, Review(meeting_place="ŵ" * PLACE_LIMIT, **booked)))
    assert "The meeting will be on Wednesday 29 September at 12:30 PM. Open" in too_long
    assert "ŵ" not in too_long
