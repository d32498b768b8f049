"""Which version of the consultation, and of the feedback, a child gets: by their age, unless their IRO chose
another."""

from datetime import date

from app.definitions.questionnaire import Audience, Purpose, Questionnaire
from app.models import Child, Respondent
from app.questionnaires.registry import QUESTIONNAIRES

# Parents and carers each have their own consultation; a child's follows their age.
ADULT_CONSULTATIONS = {Respondent.PARENT: "parent", Respondent.CARER: "carer"}
CHILD_VERSIONS = [q for q in QUESTIONNAIRES.values() if q.audience is Audience.CHILD and q.purpose is Purpose.CONSULTATION]
CHILD_FEEDBACK = [q for q in QUESTIONNAIRES.values() if q.audience is Audience.CHILD and q.purpose is Purpose.FEEDBACK]
ADULT_FEEDBACK = "feedback_adult"


def for_age(age: int, versions: list[Questionnaire] = CHILD_VERSIONS) -> Questionnaire:
    """The version for this age; the youngest version below its range, the oldest above it."""
    ranked = sorted(versions, key=lambda q: q.ages)
    return next((q for q in ranked if age <= q.ages[1]), ranked[-1])


def for_child(child: Child, on: date) -> Questionnaire:
    if child.questionnaire_choice in QUESTIONNAIRES:
        return QUESTIONNAIRES[child.questionnaire_choice]
    return for_age(child.age_on(on))


def feedback_for_child(child: Child, on: date) -> Questionnaire:
    """The child's feedback: the picture version under 9, or for any child whose IRO chose the picture version."""
    if for_child(child, on).pictures:
        return next(q for q in CHILD_FEEDBACK if q.pictures)
    return for_age(child.age_on(on), CHILD_FEEDBACK)


def feedback_for(child: Child, respondent: Respondent, on: date) -> str:
    """The id of the feedback questionnaire this person answers about a review held on this day."""
    return feedback_for_child(child, on).id if respondent is Respondent.CHILD else ADULT_FEEDBACK


def consultation_for(child: Child, respondent: Respondent, on: date) -> str:
    """The id of the consultation this person answers about this child: a parent's or carer's own, else the child's."""
    return ADULT_CONSULTATIONS.get(respondent) or for_child(child, on).id
