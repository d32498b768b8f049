"""Which page comes next, and which pages a person may open yet."""

from typing import Any

from app.questionnaires.definition import Question, Questionnaire


def first_unanswered(questionnaire: Questionnaire, answers: dict[str, Any]) -> Question | None:
    return next((q for q in questionnaire.questions if q.id not in answers), None)


def can_open(questionnaire: Questionnaire, question: Question, answers: dict[str, Any]) -> bool:
    """A page may be opened once every page before it has been answered (or skipped)."""
    unanswered = first_unanswered(questionnaire, answers)
    return unanswered is None or questionnaire.questions.index(question) <= questionnaire.questions.index(unanswered)


def after(questionnaire: Questionnaire, question: Question) -> Question | None:
    position = questionnaire.questions.index(question)
    return questionnaire.questions[position + 1] if position + 1 < len(questionnaire.questions) else None


def before(questionnaire: Questionnaire, question: Question) -> Question | None:
    position = questionnaire.questions.index(question)
    return questionnaire.questions[position - 1] if position > 0 else None
