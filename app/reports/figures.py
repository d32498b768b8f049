"""The annual report's figures (docs/domain.md, Reviews), computed with a fixed number of SQL queries.

Counting is done in SQL wherever it can be; feedback answers are encrypted, so those are decrypted and
counted here, and working days need the bank-holiday calendar, so read times are counted here too.
"""

import math
import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from functools import cache

from sqlalchemy import and_, case, extract, func, select
from sqlalchemy.orm import aliased

from app.channel_names import CHANNEL_NAMES
from app.definitions.questionnaire import Kind, Purpose
from app.definitions.standard_options import POSITIVE_VALUES
from app.extensions import db
from app.models import Answer, Channel, Child, Invitation, ParticipationCode, Respondent, Review, Submission, SubmissionState
from app.questionnaires.registry import QUESTIONNAIRES
from app.reports import labels
from app.reports.periods import LONDON, Period
from app.reviews.timescales import working_days_between

CONSULTATIONS = tuple(q.id for q in QUESTIONNAIRES.values() if q.purpose is Purpose.CONSULTATION)
FEEDBACK = tuple(q.id for q in QUESTIONNAIRES.values() if q.purpose is Purpose.FEEDBACK)
# Answers that are not an answer to the question: skipped, or "does not apply".
NOT_ANSWERING = frozenset({"", "not_apply"})
READ_STANDARD_WORKING_DAYS = 2  # docs/domain.md, Routing: views read within 2 working days of arrival


def percent(count: int, total: int, places: int = 1) -> Decimal | None:
    """count ÷ total as a percentage, rounded half up as people round; None when there is nothing to divide by."""
    if not total:
        return None
    return (Decimal(100 * count) / Decimal(total)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


@dataclass
class ReviewFigures:
    """Reviews held in a period, and how children took part in them."""

    held: int = 0
    on_time: int = 0
    first: int = 0
    second: int = 0
    codes: Counter = field(default_factory=Counter)  # ParticipationCode (or None: not recorded) → reviews
    # Reviews with no participation code recorded say nothing about how the child took part: they are counted on
    # a line of their own and left out of every participation percentage (else they read as "did not convey").
    aged_4_plus: int = 0  # reviews of children aged 4+ with a code recorded
    conveyed: int = 0  # reviews of children aged 4+ with PN1–PN6

    @property
    def subsequent(self) -> int:
        return self.held - self.first - self.second

    @property
    def late(self) -> int:
        return self.held - self.on_time

    @property
    def on_time_percent(self) -> Decimal | None:
        return percent(self.on_time, self.held)

    @property
    def conveyed_percent(self) -> Decimal | None:
        return percent(self.conveyed, self.aged_4_plus)

    @property
    def unrecorded(self) -> int:
        return self.code_count(None)

    @property
    def recorded(self) -> int:
        """Reviews with a participation code: what the codes' percentages are of."""
        return self.held - self.unrecorded

    def code_count(self, code: ParticipationCode | None) -> int:
        return self.codes.get(code, 0)

    def code_percent(self, code: ParticipationCode | None) -> Decimal | None:
        """A code's share of the reviews with a code recorded; none for "no code recorded"."""
        return percent(self.code_count(code), self.recorded) if code is not None else None


@dataclass
class ConsultationLine:
    """Consultations sent, started and completed, for one channel, version or respondent, or in all."""

    key: str
    label: str
    sent: int = 0
    started: int = 0
    completed: int = 0
    before_review: int = 0

    def add(self, sent: int, started: int, completed: int, before_review: int) -> None:
        self.sent += sent
        self.started += started
        self.completed += completed
        self.before_review += before_review

    @property
    def completed_percent(self) -> Decimal | None:
        return percent(self.completed, self.sent)

    @property
    def before_review_percent(self) -> Decimal | None:
        return percent(self.before_review, self.completed)


@dataclass
class Consultations:
    total: ConsultationLine
    by_channel: list[ConsultationLine]
    by_version: list[ConsultationLine]
    by_respondent: list[ConsultationLine]


@dataclass
class FeedbackFigure:
    """One feedback question for one role: how many answered it, and how many of them positively."""

    question: str
    label: str
    answering: int
    positive: int
    sentence_template: str

    @property
    def percent(self) -> Decimal | None:
        return percent(self.positive, self.answering, places=0)


@dataclass
class FeedbackRole:
    role: str
    label: str
    forms: int
    figures: list[FeedbackFigure]


@dataclass
class Comment:
    role: str
    signature: str
    question: str
    question_label: str
    text: str


@dataclass
class ReadTimes:
    """From a consultation's arrival to its first reading, in working days (docs/domain.md, Routing)."""

    arrived: int
    read: int
    median: float | None
    p90: int | None
    within_standard: int

    @property
    def unread(self) -> int:
        return self.arrived - self.read

    @property
    def within_standard_percent(self) -> Decimal | None:
        return percent(self.within_standard, self.arrived)


@dataclass
class AnnualReport:
    period: Period
    previous_period: Period
    reviews: ReviewFigures
    previous_reviews: ReviewFigures
    consultations: Consultations
    feedback: list[FeedbackRole]
    comments: list[Comment]
    reading: ReadTimes


def annual_report(period: Period) -> AnnualReport:
    """Every figure for `period`, with the reviews of the period before it for comparison. Four queries."""
    previous = period.previous()
    reviews = _reviews(period, previous)
    feedback, comments = _feedback(period)
    return AnnualReport(
        period=period,
        previous_period=previous,
        reviews=reviews["current"],
        previous_reviews=reviews["previous"],
        consultations=_consultations(period),
        feedback=feedback,
        comments=comments,
        reading=_reading(period),
    )


def _day_number(column):
    """YYYYMMDD as a number, so whole years between two dates are a subtraction on every database."""
    return extract("year", column) * 10000 + extract("month", column) * 100 + extract("day", column)


def _reviews(period: Period, previous: Period) -> dict[str, ReviewFigures]:
    # A review's ordinal is its place among all the child's reviews by due date, whenever they were held.
    ordinal = func.row_number().over(partition_by=Review.child_id, order_by=(Review.due_on, Review.id))
    ranked = select(
        Review.child_id, Review.due_on, Review.held_on, Review.participation_code, ordinal.label("ordinal")
    ).subquery()
    which = case((ranked.c.held_on >= period.start, "current"), else_="previous")
    # Aged 4 or over on the day of the review, as Child.age_on counts birthdays.
    aged_4_plus = _day_number(ranked.c.held_on) - _day_number(Child.date_of_birth) >= 40000
    rows = db.session.execute(
        select(
            which,
            ranked.c.participation_code,
            func.count(),
            func.sum(case((ranked.c.held_on <= ranked.c.due_on, 1), else_=0)),
            func.sum(case((ranked.c.ordinal == 1, 1), else_=0)),
            func.sum(case((ranked.c.ordinal == 2, 1), else_=0)),
            func.sum(case((aged_4_plus, 1), else_=0)),
        )
        .join(Child, Child.id == ranked.c.child_id)
        .where(ranked.c.held_on >= previous.start, ranked.c.held_on <= period.end)
        .group_by(which, ranked.c.participation_code)
    ).all()
    figures = {"current": ReviewFigures(), "previous": ReviewFigures()}
    for which_period, code, held, on_time, first, second, aged in rows:
        part = figures[which_period]
        part.held += held
        part.on_time += int(on_time)
        part.first += int(first)
        part.second += int(second)
        part.codes[code] += held
        if code is not None:
            part.aged_4_plus += int(aged)
        if code in labels.CONVEYED:
            part.conveyed += int(aged)
    return figures


def _consultations(period: Period) -> Consultations:
    start, end = period.utc_bounds()
    review = aliased(Review)
    completed = Submission.state == SubmissionState.SUBMITTED
    # Before the day of the review it went to: held, or due if it has not been held.
    before = and_(completed, func.date(Submission.submitted_at) < func.coalesce(review.held_on, review.due_on))
    rows = db.session.execute(
        select(
            Invitation.channel,
            Invitation.questionnaire,
            Invitation.respondent,
            func.count(Invitation.id),
            func.count(Submission.id),
            func.sum(case((completed, 1), else_=0)),
            func.sum(case((before, 1), else_=0)),
        )
        .outerjoin(Submission, Submission.invitation_id == Invitation.id)
        .outerjoin(review, review.id == func.coalesce(Submission.review_id, Invitation.review_id))
        .where(Invitation.created_at >= start, Invitation.created_at < end, Invitation.questionnaire.in_(CONSULTATIONS))
        .group_by(Invitation.channel, Invitation.questionnaire, Invitation.respondent)
    ).all()

    total = ConsultationLine("all", "")
    channels = {c: ConsultationLine(c.value, str(CHANNEL_NAMES[c])) for c in labels.ALWAYS_SHOWN_CHANNELS}
    versions: dict[str, ConsultationLine] = {}
    respondents = {r: ConsultationLine(r.value, str(labels.RESPONDENTS[r])) for r in labels.ALWAYS_SHOWN_RESPONDENTS}
    for channel, questionnaire, respondent, sent, started, done, before_review in rows:
        numbers = (sent, started, int(done or 0), int(before_review or 0))
        total.add(*numbers)
        channels.setdefault(channel, ConsultationLine(channel.value, str(CHANNEL_NAMES[channel]))).add(*numbers)
        name = str(QUESTIONNAIRES[questionnaire].name) if questionnaire in QUESTIONNAIRES else questionnaire
        versions.setdefault(questionnaire, ConsultationLine(questionnaire, name)).add(*numbers)
        respondents.setdefault(respondent, ConsultationLine(respondent.value, str(labels.RESPONDENTS[respondent]))).add(*numbers)
    return Consultations(
        total=total,
        by_channel=[channels[c] for c in Channel if c in channels],
        # In the order the service lists its questionnaires: youngest child version first.
        by_version=[versions[q] for q in CONSULTATIONS if q in versions],
        by_respondent=[respondents[r] for r in Respondent if r in respondents],
    )


def _feedback(period: Period) -> tuple[list[FeedbackRole], list[Comment]]:
    start, end = period.utc_bounds()
    rows = db.session.execute(
        select(Submission.id, Submission.questionnaire, Invitation.respondent, Answer.question_id, Answer.value)
        .join(Invitation, Invitation.id == Submission.invitation_id)
        .join(Answer, Answer.submission_id == Submission.id)
        .where(
            Submission.state == SubmissionState.SUBMITTED,
            Submission.submitted_at >= start,
            Submission.submitted_at < end,
            Submission.questionnaire.in_(FEEDBACK),
        )
        .order_by(Submission.submitted_at, Submission.id)
    ).all()

    forms: dict[int, dict] = {}
    for submission_id, questionnaire, respondent, question_id, value in rows:
        form = forms.setdefault(submission_id, {"questionnaire": questionnaire, "respondent": respondent, "answers": {}})
        form["answers"][question_id] = value

    answering: Counter = Counter()
    positive: Counter = Counter()
    forms_by_role: Counter = Counter()
    comments: list[Comment] = []
    comment_labels: dict[tuple, dict] = {}  # translated once per role and question, not once per comment
    for form in forms.values():
        questionnaire = QUESTIONNAIRES[form["questionnaire"]]
        role = _feedback_role(form["respondent"])
        forms_by_role[role] += 1
        for question in questionnaire.questions:
            value = form["answers"].get(question.id)
            if question.kind is Kind.CHOICE:
                if value is not None and value not in NOT_ANSWERING:
                    answering[role, question.id] += 1
                    positive[role, question.id] += value in POSITIVE_VALUES
            elif question.kind is Kind.TEXT and isinstance(value, str) and value.strip():
                if (role, question.id) not in comment_labels:
                    # Labelled as the role's own questionnaire labels it, whichever version (words or pictures) it came from.
                    printed = _reported(role).question(question.id) or question
                    comment_labels[role, question.id] = {
                        "signature": str(labels.COMMENT_SIGNATURES[role]),
                        "question_label": str(printed.short_title or printed.title),
                    }
                comments.append(Comment(role=role, question=question.id, text=value.strip(), **comment_labels[role, question.id]))

    roles = []
    for role, role_label in labels.FEEDBACK_ROLES.items():
        questionnaire = _reported(role)
        figures = [
            FeedbackFigure(
                question=question.id,
                label=str(question.short_title or question.title),
                answering=answering[role, question.id],
                positive=positive[role, question.id],
                sentence_template=str(labels.SENTENCES.get((questionnaire.id, question.id), labels.FALLBACK_SENTENCE)),
            )
            for question in questionnaire.questions
            if question.kind is Kind.CHOICE
        ]
        roles.append(FeedbackRole(role=role, label=str(role_label), forms=forms_by_role[role], figures=figures))
    return roles, comments


def _reported(role: str):
    """The questionnaire whose questions a role's figures are printed under."""
    return QUESTIONNAIRES["feedback_young_person" if role == "young_person" else "feedback_adult"]


def _feedback_role(respondent: Respondent) -> str:
    """Who gave it, as their invitation says: the picture version's answers count with the young person's, under
    the same question ids."""
    return "young_person" if respondent is Respondent.CHILD else respondent.value


def _reading(period: Period) -> ReadTimes:
    start, end = period.utc_bounds()
    rows = db.session.execute(
        select(Submission.submitted_at, Submission.read_at).where(
            Submission.state == SubmissionState.SUBMITTED,
            Submission.submitted_at >= start,
            Submission.submitted_at < end,
            Submission.questionnaire.in_(CONSULTATIONS),
        )
    ).all()
    waits = sorted(_working_days(_london_day(arrived), _london_day(read)) for arrived, read in rows if read is not None)
    return ReadTimes(
        arrived=len(rows),
        read=len(waits),
        median=statistics.median(waits) if waits else None,
        # Nearest rank: the wait that 90% of readings took no longer than.
        p90=waits[math.ceil(0.9 * len(waits)) - 1] if waits else None,
        within_standard=sum(wait <= READ_STANDARD_WORKING_DAYS for wait in waits),
    )


def _london_day(moment: datetime) -> date:
    return moment.astimezone(LONDON).date()


@cache
def _working_days(arrived: date, read: date) -> int:
    return max(working_days_between(arrived, read), 0)


def feedback_sentence(figure: FeedbackFigure, percent_text: str) -> str:
    """"97% felt welcomed", in the page's language."""
    return figure.sentence_template % {"percent": percent_text, "question": figure.label}


def code_label(code: ParticipationCode | None) -> str:
    return str(labels.PARTICIPATION[code]) if code is not None else str(labels.NOT_RECORDED)


def participation_rows(report: AnnualReport) -> list[tuple]:
    """(code, meaning) for every code, and "no code recorded" when any held review lacks one."""
    codes: list = list(ParticipationCode)
    if report.reviews.code_count(None) or report.previous_reviews.code_count(None):
        codes.append(None)
    return [(code, code_label(code)) for code in codes]
