"""Which page comes next, which pages apply, and which a person may open yet."""

from dataclasses import dataclass
from typing import Any

from app.definitions.questionnaire import Question, Questionnaire


def applies(question: Question, answers: dict[str, Any]) -> bool:
    """A page applies unless its show-if rule points at an earlier answer it does not match."""
    rule = question.show_if
    if rule is None:
        return True
    given = answers.get(rule.question)
    chosen = given.get("selected", []) if isinstance(given, dict) else [given]
    return any(value in rule.values for value in chosen)


def pages(questionnaire: Questionnaire, answers: dict[str, Any]) -> list[Question]:
    """The pages this person will see, given what they have answered so far.

    Only answers on pages that still apply count: a changed answer can take a later page away."""
    route, counted = [], {}
    for question in questionnaire.questions:
        if applies(question, counted):
            route.append(question)
            if question.id in answers:
                counted[question.id] = answers[question.id]
    return route


def first_unanswered(questionnaire: Questionnaire, answers: dict[str, Any]) -> Question | None:
    return next((q for q in pages(questionnaire, answers) if q.id not in answers), None)


def can_open(questionnaire: Questionnaire, question: Question, answers: dict[str, Any]) -> bool:
    """A page may be opened if it applies and every page before it has been answered (or skipped)."""
    route = pages(questionnaire, answers)
    if question not in route:
        return False
    unanswered = first_unanswered(questionnaire, answers)
    return unanswered is None or route.index(question) <= route.index(unanswered)


def after(questionnaire: Questionnaire, question: Question, answers: dict[str, Any]) -> Question | None:
    route = pages(questionnaire, answers)
    position = route.index(question)
    return route[position + 1] if position + 1 < len(route) else None


def before(questionnaire: Questionnaire, question: Question, answers: dict[str, Any]) -> Question | None:
    route = pages(questionnaire, answers)
    position = route.index(question)
    return route[position - 1] if position > 0 else None


def answers_that_count(questionnaire: Questionnaire, answers: dict[str, Any]) -> dict[str, Any]:
    """Only answers to pages that still apply: a changed answer can make a later page not apply."""
    return {q.id: answers[q.id] for q in pages(questionnaire, answers) if q.id in answers}


@dataclass(frozen=True)
class Place:
    """Where a page is in the questionnaire, as "3 of 22" or "3 of about 22", the same on the web and by text."""

    number: int
    total: int
    # Follow-up pages may not all be asked, so `total` is the most there can be: said "about", so the count does
    # not jump ("16 of 22" becoming "17 of 23") as they open.
    about: bool


def place(questionnaire: Questionnaire, question: Question, answers: dict[str, Any]) -> Place:
    questions = questionnaire.questions
    return Place(
        number=pages(questionnaire, answers).index(question) + 1,
        total=len(questions),
        about=any(q.show_if for q in questions),
    )
