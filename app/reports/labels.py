"""What the report calls each code, respondent and feedback question, which channels it always shows, and how it prints a figure."""

from flask_babel import lazy_gettext as _l

from app.models import Channel, ParticipationCode, Respondent

# DfE SSDA903 REVIEW_CODE, in the words IRO annual reports use (docs/domain.md, Reviews).
PARTICIPATION = {
    ParticipationCode.PN0: _l("Child under 4 at the time of the review"),
    ParticipationCode.PN1: _l("Attended and spoke for themselves"),
    ParticipationCode.PN2: _l("Attended, and an advocate spoke for them"),
    ParticipationCode.PN3: _l("Attended and conveyed their views symbolically"),
    ParticipationCode.PN4: _l("Attended but did not contribute"),
    ParticipationCode.PN5: _l("Did not attend, and briefed an advocate to speak for them"),
    ParticipationCode.PN6: _l("Did not attend, and conveyed their views another way (text, writing, phone or video)"),
    ParticipationCode.PN7: _l("Did not attend, and their views were not conveyed"),
}
NOT_RECORDED = _l("No participation code recorded")

# The codes under which a child aged 4 or over conveyed their views to the review (docs/domain.md, Reviews: PN1–PN6).
CONVEYED = frozenset(ParticipationCode(f"PN{n}") for n in range(1, 7))

# Shown even when none were sent, so a nil is visible rather than missing.
ALWAYS_SHOWN_CHANNELS = (Channel.WEB, Channel.SMS)

RESPONDENTS = {
    Respondent.CHILD: _l("Child or young person"),
    Respondent.PARENT: _l("Parent"),
    Respondent.CARER: _l("Carer"),
    Respondent.PROFESSIONAL: _l("Professional"),
}
ALWAYS_SHOWN_RESPONDENTS = (Respondent.CHILD, Respondent.PARENT, Respondent.CARER)

# Who gave feedback, in the order reports print them.
FEEDBACK_ROLES = {
    "young_person": _l("Young people"),
    "parent": _l("Parents"),
    "carer": _l("Carers"),
    "professional": _l("Professionals"),
}
# "– Parent" after a quoted comment.
COMMENT_SIGNATURES = {
    "young_person": _l("Young person"),
    "parent": _l("Parent"),
    "carer": _l("Carer"),
    "professional": _l("Professional"),
}

# How IRO annual reports print each feedback figure: "97% felt welcomed".
SENTENCES = {
    ("feedback_young_person", "welcomed"): _l("%(percent)s felt welcomed"),
    ("feedback_young_person", "understood_discussion"): _l("%(percent)s understood what was discussed"),
    ("feedback_young_person", "involved"): _l("%(percent)s felt involved"),
    ("feedback_young_person", "important_things"): _l("%(percent)s felt all the important things were talked about"),
    ("feedback_young_person", "understood_decisions"): _l("%(percent)s understood what was decided"),
    ("feedback_adult", "welcomed"): _l("%(percent)s felt welcomed by the IRO"),
    ("feedback_adult", "contribute"): _l("%(percent)s had the chance to say what they wanted"),
    ("feedback_adult", "reports_in_time"): _l("%(percent)s got the reports in time to read them"),
    ("feedback_adult", "understood_discussion"): _l("%(percent)s understood what was discussed"),
    ("feedback_adult", "understood_decisions"): _l("%(percent)s understood what was decided"),
}
# A question added to a feedback form later still prints, if less gracefully, until it has its own sentence.
FALLBACK_SENTENCE = _l("%(percent)s answered positively: %(question)s")
