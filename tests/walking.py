"""Answers that walk a person through every page of a questionnaire: each choice opens the pages that depend on it."""

from app.definitions.questionnaire import Kind, Question, Questionnaire


def opening_values(questionnaire: Questionnaire, question: Question) -> list[str]:
    """Values of this question that later pages need in order to be shown."""
    return [
        value
        for later in questionnaire.questions
        if later.show_if and later.show_if.question == question.id
        for value in later.show_if.values
    ]


def form_data(questionnaire: Questionnaire, question: Question) -> dict:
    """A valid, non-urgent answer that opens every page depending on this one."""
    if question.kind is Kind.TEXT:
        return {"answer": "Things are going fine, thank you."}
    if question.kind is Kind.DATE:
        return {"day": "14", "month": "3", "year": "2027"}
    wanted = opening_values(questionnaire, question)
    calm = [o for o in question.options if o.value not in question.urgent_values and not o.exclusive]
    if question.kind is Kind.MULTI:
        chosen = sorted({*wanted} or {calm[0].value})
        data = {"answer": chosen}
        if any(o.other and o.value in chosen for o in question.options):
            data["other"] = "My aunt"
        return data
    return {"answer": wanted[0] if wanted else calm[0].value}
