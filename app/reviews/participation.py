"""Which participation code (DfE SSDA903 REVIEW_CODE) to suggest when a review is recorded as held."""

from datetime import date

from flask_babel import lazy_gettext as _l

from app.models import ParticipationCode, Respondent, Review, SubmissionState

MEANINGS = {
    ParticipationCode.PN0: _l("PN0: under 4 at the time of the review"),
    ParticipationCode.PN1: _l("PN1: attended and spoke for themselves"),
    ParticipationCode.PN2: _l("PN2: attended, and an advocate spoke for them"),
    ParticipationCode.PN3: _l("PN3: attended and gave their views without words, for example with symbols"),
    ParticipationCode.PN4: _l("PN4: attended but did not give their views"),
    ParticipationCode.PN5: _l("PN5: did not attend, and briefed an advocate to speak for them"),
    ParticipationCode.PN6: _l("PN6: did not attend, and gave their views another way, for example through Listen to Me"),
    ParticipationCode.PN7: _l("PN7: did not attend, and their views were not given"),
}


# Codes under which the child took part in the review, and so is asked for feedback afterwards.
TOOK_PART = frozenset(
    {
        ParticipationCode.PN1,
        ParticipationCode.PN2,
        ParticipationCode.PN3,
        ParticipationCode.PN4,
        ParticipationCode.PN5,
        ParticipationCode.PN6,
    }
)


# PN0 is for a child under 4 on the day of the review, and only for them (docs/domain.md).
PN0_BELOW_AGE = 4


def code_fits_age(code: ParticipationCode, age: int) -> bool:
    """Does this code fit a child of this age on the day of the review? PN0 is for the under 4s, and only for them."""
    return (age < PN0_BELOW_AGE) == (code is ParticipationCode.PN0)


def sent_their_views(review: Review) -> bool:
    """Did the child send a consultation for this review?"""
    return any(
        s.review_id == review.id and s.state is SubmissionState.SUBMITTED and s.invitation.respondent is Respondent.CHILD
        for s in review.submissions
    )


def suggest(review: Review, held_on: date) -> tuple[ParticipationCode | None, str]:
    """The code the app would record from what it knows, and why; the IRO confirms or changes it."""
    if review.child.age_on(held_on) < PN0_BELOW_AGE:
        return ParticipationCode.PN0, _l("%(name)s was under 4 on the day of the review.", name=review.child.first_name)
    if sent_their_views(review):
        return ParticipationCode.PN6, _l(
            "%(name)s sent their views through Listen to Me. If they also came, choose what they did at the review.",
            name=review.child.first_name,
        )
    return None, _l("%(name)s did not send views through Listen to Me. Choose what happened.", name=review.child.first_name)
