"""Every questionnaire the service offers, by id."""

from app.questionnaires.definition import Questionnaire
from forms import ALL

QUESTIONNAIRES: dict[str, Questionnaire] = {q.id: q for q in ALL}


def get(questionnaire_id: str) -> Questionnaire:
    return QUESTIONNAIRES[questionnaire_id]
