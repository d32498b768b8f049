"""Every questionnaire the service offers, by id."""

from app.definitions.questionnaire import Purpose, Questionnaire
from forms import ALL

QUESTIONNAIRES: dict[str, Questionnaire] = {q.id: q for q in ALL}
# Views before a review, which IROs read as "New views"; feedback after one is read in the feedback list.
CONSULTATIONS = tuple(q.id for q in ALL if q.purpose is Purpose.CONSULTATION)
FEEDBACK = tuple(q.id for q in ALL if q.purpose is Purpose.FEEDBACK)


def get(questionnaire_id: str) -> Questionnaire:
    return QUESTIONNAIRES[questionnaire_id]
