"""Questionnaire definitions, one module each. Every string is marked for translation."""

from forms.carer import QUESTIONNAIRE as CARER
from forms.child_4_7 import QUESTIONNAIRE as CHILD_4_7
from forms.child_8_11 import QUESTIONNAIRE as CHILD_8_11
from forms.child_12_15 import QUESTIONNAIRE as CHILD_12_15
from forms.feedback_adult import QUESTIONNAIRE as FEEDBACK_ADULT
from forms.feedback_child import QUESTIONNAIRE as FEEDBACK_CHILD
from forms.feedback_young_person import QUESTIONNAIRE as FEEDBACK_YOUNG_PERSON
from forms.parent import QUESTIONNAIRE as PARENT
from forms.young_person_16_18 import QUESTIONNAIRE as YOUNG_PERSON_16_18

# Child versions youngest first, then the adults' consultations, then feedback.
ALL = (
    CHILD_4_7,
    CHILD_8_11,
    CHILD_12_15,
    YOUNG_PERSON_16_18,
    PARENT,
    CARER,
    FEEDBACK_CHILD,
    FEEDBACK_YOUNG_PERSON,
    FEEDBACK_ADULT,
)
