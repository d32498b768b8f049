"""The annual report page's tables and charts, written out as the page shows them."""

from dataclasses import dataclass

from flask_babel import gettext as _

from app.reports import charts
from app.reports.figures import AnnualReport, ConsultationLine, FeedbackRole, participation_rows
from app.reports.formatting import show_number as number
from app.reports.formatting import show_percent as percent


@dataclass(frozen=True)
class Table:
    id: str
    caption: str
    head: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]  # each row's first cell is its heading


def _count_and_percent(count, pct) -> str:
    return _("%(count)s (%(percent)s)", count=number(count), percent=percent(pct))


def reviews_table(report: AnnualReport, period_name: str, previous_name: str) -> Table:
    now, before = report.reviews, report.previous_reviews
    return Table(
        id="reviews-table",
        caption=_("Reviews held, with the period before"),
        head=(_("Reviews"), period_name, previous_name),
        rows=(
            (_("Held"), number(now.held), number(before.held)),
            (_("Held on time"), _count_and_percent(now.on_time, now.on_time_percent), _count_and_percent(before.on_time, before.on_time_percent)),
            (_("Held late"), number(now.late), number(before.late)),
            (_("First reviews"), number(now.first), number(before.first)),
            (_("Second reviews"), number(now.second), number(before.second)),
            (_("Subsequent reviews"), number(now.subsequent), number(before.subsequent)),
        ),
    )


def participation_table(report: AnnualReport, previous_name: str) -> Table:
    now, before = report.reviews, report.previous_reviews
    rows = [
        (code.value if code else _("None"), meaning, number(now.code_count(code)), percent(now.code_percent(code)),
         number(before.code_count(code)), percent(before.code_percent(code)))
        for code, meaning in participation_rows(report)
    ]
    rows.append((_("Total"), _("Reviews held"), number(now.held), "", number(before.held), ""))
    rows.append(
        (
            _("PN1–PN6"),
            _("Children aged 4 or over who conveyed their views, of the reviews of children aged 4 or over"),
            _("%(count)s of %(total)s", count=number(now.conveyed), total=number(now.aged_4_plus)),
            percent(now.conveyed_percent),
            _("%(count)s of %(total)s", count=number(before.conveyed), total=number(before.aged_4_plus)),
            percent(before.conveyed_percent),
        )
    )
    return Table(
        id="participation-table",
        caption=_("Participation codes (DfE SSDA903), with the period before"),
        head=(_("Code"), _("What it means"), _("Reviews"), _("Percentage"),
              _("Reviews, %(period)s", period=previous_name), _("Percentage, %(period)s", period=previous_name)),
        rows=tuple(rows),
    )


def participation_chart(report: AnnualReport) -> charts.Chart:
    now = report.reviews
    return charts.bar_chart(
        "chart-participation",
        _("Reviews held, by participation code"),
        [
            (code.value if code else _("None"), now.code_count(code), _count_and_percent(now.code_count(code), now.code_percent(code)))
            for code, _meaning in participation_rows(report)
        ],
    )


def consultation_table(table_id: str, caption: str, lines: list[ConsultationLine]) -> Table:
    return Table(
        id=table_id,
        caption=caption,
        head=(_("Consultations"), _("Sent"), _("Started"), _("Completed"), _("Completed before the review")),
        rows=tuple(
            (line.label or _("All"), number(line.sent), number(line.started),
             _count_and_percent(line.completed, line.completed_percent), number(line.before_review))
            for line in lines
        ),
    )


def consultation_tables(report: AnnualReport) -> dict:
    consultations = report.consultations
    return {
        "total": consultation_table("consultations-table", _("All consultations"), [consultations.total]),
        "channel": consultation_table("consultations-by-channel", _("By channel"), consultations.by_channel),
        "respondent": consultation_table("consultations-by-respondent", _("By respondent"), consultations.by_respondent),
        "version": consultation_table("consultations-by-version", _("By version"), consultations.by_version),
        "version_chart": charts.bar_chart(
            "chart-versions",
            _("Consultations completed, by version"),
            [(line.label, line.completed, _("%(completed)s of %(sent)s", completed=line.completed, sent=line.sent))
             for line in consultations.by_version],
        ),
    }


@dataclass(frozen=True)
class FeedbackSection:
    role: FeedbackRole
    chart: charts.Chart | None
    table: Table | None


def feedback_sections(report: AnnualReport) -> list[FeedbackSection]:
    sections = []
    for role in report.feedback:
        who = role.label.lower()
        chart = table = None
        if role.forms:
            chart = charts.bar_chart(
                f"chart-feedback-{role.role}",
                _("Feedback from %(who)s: percentage positive", who=who),
                [(figure.label, figure.percent, percent(figure.percent)) for figure in role.figures],
                maximum=100,
            )
            table = Table(
                id=f"feedback-{role.role}-table",
                caption=_("Feedback from %(who)s", who=who),
                head=(_("Question"), _("Answered"), _("Positive"), _("Percentage positive")),
                rows=tuple(
                    (figure.label, number(figure.answering), number(figure.positive), percent(figure.percent)) for figure in role.figures
                ),
            )
        sections.append(FeedbackSection(role=role, chart=chart, table=table))
    return sections


def reading_table(report: AnnualReport) -> Table:
    reading = report.reading
    return Table(
        id="reading-table",
        caption=_("Time from arrival to first read, in working days"),
        head=(_("Measure"), _("Figure")),
        rows=(
            (_("Arrived"), number(reading.arrived)),
            (_("Read"), number(reading.read)),
            (_("Not read yet"), number(reading.unread)),
            (_("Median, working days"), number(reading.median)),
            (_("90th percentile, working days"), number(reading.p90)),
            (_("Read within 2 working days"), _count_and_percent(reading.within_standard, reading.within_standard_percent)),
        ),
    )
