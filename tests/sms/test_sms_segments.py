"""Every question of every questionnaire, and every text the service sends, fits in two SMS segments in every
language; and each question lists its numbered options."""

import inspect
from datetime import date, time
from itertools import product

import pytest
from flask_babel import force_locale

from app.definitions.questionnaire import Audience, Kind
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
def test_every_question_as_a_text_lists_all_its_choices_in_every_language(app, questionnaire):
    for language in app.config["LANGUAGES"]:
        with force_locale(language):
            total = len(questionnaire.questions)
            for position, question in enumerate(questionnaire.questions, start=1):
                text = question_text(question, position, total, about=True)
                for number, option in enumerate(question.options, start=1):
                    assert f"\n{number} {plain(str(option.label))}" in text, (language, question.id, text)


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


def _budget(what: str, text: str) -> int:
    # A text carrying a link may take three segments in UCS-2 (the link alone fills one); every question and every
    # other reply takes two in any language.
    return wording.segment_budget(text) if what.startswith(("wording.", "texts.link(")) else 2


def test_every_question_and_every_reply_in_every_language_fits_two_segments(app):
    """Each language's catalog is checked as it stands: one failure lists every text that is too long, for the
    translators to shorten."""
    too_long = []
    for language in app.config["LANGUAGES"]:
        with force_locale(language):
            for what, text in every_text():
                if segments(text) > _budget(what, text):
                    too_long.append(f"{language} | {what} | {_length(text)}\n    {text!r}")
    assert not too_long, (
        f"{len(too_long)} texts take more SMS segments than they may (160/153 characters a segment in GSM-7, 70/67 in "
        "UCS-2, which any letter outside GSM-7 forces; two for a question or reply, three for a text carrying a link "
        "in UCS-2):\n" + "\n".join(too_long)
    )


def test_the_count_before_send_fits_one_segment_in_gsm7_and_two_in_any_language(app):
    for language in app.config["LANGUAGES"]:
        with force_locale(language):
            text = plain(texts.check(22, 10))
            assert segments(text) <= (1 if is_gsm7(text) else 2), language
    with force_locale("en"):
        assert is_gsm7(plain(texts.check(22, 10)))


def every_text():
    """(what, text) for every question as it is texted, and every reply, invitation, reminder and note, with the
    longest words that can go into each, as the person's phone receives it."""
    for questionnaire in QUESTIONNAIRES.values():
        shape = {
            "about": any(q.show_if for q in questionnaire.questions),
            "may_skip": questionnaire.audience is Audience.CHILD,
        }
        total = len(questionnaire.questions)
        for position, question in enumerate(questionnaire.questions, start=1):
            yield f"question {questionnaire.id}.{question.id}", question_text(question, position, total, **shape)
    samples = _samples()
    for name, write in inspect.getmembers(texts, inspect.isfunction):
        if write.__module__ != texts.__name__:
            continue
        parameters = list(inspect.signature(write).parameters)
        unknown = [p for p in parameters if p not in samples]
        assert not unknown, f"add sample values for texts.{name}({', '.join(unknown)}) to this test"
        for chosen in product(*(samples[p] for p in parameters)):
            yield f"texts.{name}({', '.join(label for label, _ in chosen)})", plain(write(*(v for _, v in chosen)))
    for name in sorted(n for n in dir(wording) if n.endswith("_text")):
        write = getattr(wording, name)
        for review in (None, *reviews()):
            if review is None and name == "reminder_text":
                continue
            arguments = (LINK,) if name == "note_text" else (LINK, review)
            yield f"wording.{name}({_described(review)})", plain(write(*arguments))
            if name == "note_text":
                break


def _samples() -> dict[str, list[tuple[str, object]]]:
    """Values for each parameter of a text, as (how the report names it, value): every question's words that go into
    a reply, and the longest numbers and dates."""
    questions = [(q.id, q) for questionnaire in QUESTIONNAIRES.values() for q in questionnaire.questions]
    options = {str(o.label): o for _, q in questions for o in q.options}
    return {
        "may_skip_any": [("children", True), ("adults", False)],
        "feedback": [("feedback", True), ("views", False)],
        "for_child": [("child", True), ("adult", False)],
        "held_on": [("30 September 2027", date(2027, 9, 30))],
        "answered": [("22", 22)],
        "skipped": [("10", 10)],
        "url": [("link", LINK)],
        "error": [(f"{qid}'s error", str(q.error_required)) for qid, q in questions if q.error_required],
        "limit": sorted({(str(q.max_length), q.max_length) for _, q in questions if q.kind is Kind.TEXT}),
        "last": sorted({(str(len(q.options)), len(q.options)) for _, q in questions if q.options}),
        "option": [(f"option {o.value}", label) for label, o in options.items()],
    }


def _described(review: Review | None) -> str:
    if review is None:
        return "no review"
    if review.held_on:
        return "held"
    if review.meeting_by_video:
        return "by video"
    return f"meeting at {review.meeting_place[:3]}…" if review.meeting_place else "before a meeting is booked"


def _length(text: str) -> str:
    if is_gsm7(text):
        return f"{len(text)} characters, GSM-7, {segments(text)} segments"
    return f"{len(text.encode('utf-16-le')) // 2} characters, UCS-2, {segments(text)} segments"


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
