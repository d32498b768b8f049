"""Which privacy notice a person reads: one for each age band of children, in words for their age, and one for adults."""

import enum
from datetime import date

from flask_babel import lazy_gettext as _l

from app.definitions.questionnaire import Audience, Questionnaire
from app.models import Child


class Notice(enum.StrEnum):
    """Each notice, by the last part of its address."""

    AGES_4_TO_7 = "ages-4-to-7"
    AGES_8_TO_11 = "ages-8-to-11"
    AGES_12_TO_15 = "ages-12-to-15"
    AGES_16_TO_18 = "ages-16-to-18"
    ADULTS = "adults"

    @property
    def endpoint(self) -> str:
        """Its page's endpoint in the privacy blueprint, and its template's name: ages_4_to_7, ..., adults."""
        return self.value.replace("-", "_")


# The youngest age each words version is for, oldest first.
WORDS_BANDS = ((16, Notice.AGES_16_TO_18), (12, Notice.AGES_12_TO_15), (8, Notice.AGES_8_TO_11))

TITLES = {
    Notice.AGES_4_TO_7: _l("For children aged 4 to 7 (with pictures)"),
    Notice.AGES_8_TO_11: _l("For children aged 8 to 11"),
    Notice.AGES_12_TO_15: _l("For young people aged 12 to 15"),
    Notice.AGES_16_TO_18: _l("For young people aged 16 to 18"),
    Notice.ADULTS: _l("For parents, carers and professionals"),
}


def for_age(age: int, pictures: bool = False) -> Notice:
    """The children's notice for this age: the picture one for the picture version, or any child under 8."""
    if pictures or age < 8:
        return Notice.AGES_4_TO_7
    return next(notice for youngest, notice in WORDS_BANDS if age >= youngest)


def for_consultation(questionnaire: Questionnaire, child: Child, today: date) -> Notice:
    """The notice for the person answering: adults read the adults' one; a child the one for the version they were
    given (their IRO may have chosen a simpler one than their age's), within which their own age decides."""
    if questionnaire.audience is not Audience.CHILD:
        return Notice.ADULTS
    age = child.age_on(today)
    if questionnaire.ages:
        youngest, oldest = questionnaire.ages
        age = min(max(age, youngest), oldest)
    return for_age(age, questionnaire.pictures)
