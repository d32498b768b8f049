"""Every questionnaire a child answers is written for a reading age of 9 (the GOV.UK standard).

Two measures, from textstat:
- the whole questionnaire (every distinct string a child sees, read as one text) must score
  Flesch-Kincaid grade 4 or below (US grade 4 is about age 9) and Flesch reading ease 80 or above ("easy");
- no single string of 6 words or more may score above Flesch-Kincaid grade 8. A short string swings by
  two or three grades on one long word ("Select how you feel about seeing your family" scores 6.7),
  so this ceiling only catches adult prose; the whole-text figures carry the reading age.
"""

import pytest
import textstat

from app import create_app
from app.definitions.questionnaire import Audience, Kind, Option, Purpose, Question, Questionnaire
from forms import ALL

WHOLE_GRADE_AT_MOST = 4
WHOLE_EASE_AT_LEAST = 80
STRING_GRADE_AT_MOST = 8
STRING_MIN_WORDS = 6

CHILD_QUESTIONNAIRES = [q for q in ALL if q.audience is Audience.CHILD]

HARD_SENTENCE = "Please articulate your perspective regarding the appropriateness of your current accommodation arrangements."

# The young person's feedback, as an office might have written it: short, but not for a child.
FORMAL = Questionnaire(
    id="formal",
    title="Post-review evaluation",
    name="Formal",
    audience=Audience.CHILD,
    purpose=Purpose.FEEDBACK,
    questions=(
        Question(
            id="welcomed",
            kind=Kind.CHOICE,
            title="Did the Independent Reviewing Officer facilitate a welcoming environment?",
            error_required="Indicate whether the environment was welcoming",
            options=(Option("yes", "Affirmative"), Option("partly", "Partially"), Option("no", "Negative")),
        ),
        Question(
            id="understood_discussion",
            kind=Kind.CHOICE,
            title="Did you comprehend the deliberations?",
            error_required="Indicate your comprehension of the deliberations",
            options=(Option("yes", "Affirmative"), Option("partly", "Partially"), Option("no", "Negative")),
        ),
        Question(
            id="involved",
            kind=Kind.CHOICE,
            title="Were you sufficiently involved in the decision-making process?",
            error_required="Indicate your level of involvement",
            options=(Option("yes", "Affirmative"), Option("partly", "Partially"), Option("no", "Negative")),
        ),
    ),
)


def child_facing(questionnaire: Questionnaire) -> list[str]:
    """Every distinct string the child reads or hears: titles, hints, options, errors and picture descriptions."""
    strings = [questionnaire.title]
    for question in questionnaire.questions:
        strings += [question.title, question.short_title, question.hint, question.error_required]
        for option in question.options:
            strings += [option.label, option.picture_alt]
    return list(dict.fromkeys(str(s) for s in strings if s))


def as_text(strings: list[str]) -> str:
    """One text, each string its own sentence (labels and error messages have no full stop of their own)."""
    return " ".join(s if s.rstrip()[-1] in ".?!" else f"{s}." for s in strings)


def too_hard(strings: list[str]) -> list[tuple[float, str]]:
    """The strings long enough to measure that read above the ceiling, with their grade."""
    measured = [(textstat.flesch_kincaid_grade(s), s) for s in strings if len(s.split()) >= STRING_MIN_WORDS]
    return [(round(grade, 1), s) for grade, s in measured if grade > STRING_GRADE_AT_MOST]


def whole_scores(strings: list[str]) -> tuple[float, float]:
    """Flesch-Kincaid grade and Flesch reading ease of the whole questionnaire."""
    text = as_text(strings)
    return textstat.flesch_kincaid_grade(text), textstat.flesch_reading_ease(text)


@pytest.fixture(scope="module")
def rendered() -> dict[str, list[str]]:
    """Each questionnaire's child-facing strings, rendered in English (they are lazy, so need a request)."""
    with create_app("test").test_request_context():
        return {q.id: child_facing(q) for q in [*CHILD_QUESTIONNAIRES, FORMAL]} | {"hard": [HARD_SENTENCE]}


def test_every_child_version_is_checked():
    assert {"child_4_7", "child_8_11", "child_12_15", "young_person_16_18", "feedback_young_person"} <= {
        q.id for q in CHILD_QUESTIONNAIRES
    }


@pytest.mark.parametrize("questionnaire_id", [q.id for q in CHILD_QUESTIONNAIRES])
def test_no_child_facing_string_reads_like_adult_prose(rendered, questionnaire_id):
    assert too_hard(rendered[questionnaire_id]) == []


@pytest.mark.parametrize("questionnaire_id", [q.id for q in CHILD_QUESTIONNAIRES])
def test_child_questionnaire_reads_at_age_9(rendered, questionnaire_id):
    grade, ease = whole_scores(rendered[questionnaire_id])
    assert grade <= WHOLE_GRADE_AT_MOST, f"Flesch-Kincaid grade {grade:.1f}"
    assert ease >= WHOLE_EASE_AT_LEAST, f"Flesch reading ease {ease:.1f}"


def test_check_rejects_a_hard_sentence(rendered):
    assert too_hard(rendered["hard"]) == [(round(textstat.flesch_kincaid_grade(HARD_SENTENCE), 1), HARD_SENTENCE)]
    grade, ease = whole_scores(rendered["hard"])
    assert grade > WHOLE_GRADE_AT_MOST and ease < WHOLE_EASE_AT_LEAST


def test_check_rejects_a_questionnaire_in_formal_words(rendered):
    assert too_hard(rendered["formal"]), "formal strings should be too hard"
    grade, ease = whole_scores(rendered["formal"])
    assert grade > WHOLE_GRADE_AT_MOST and ease < WHOLE_EASE_AT_LEAST
