"""The annual report page's tables and charts, written out as the page shows them.

The page stays in the workspace, so it shows exact figures; each cell also knows what it would be published as
(app/reports/disclosure.py), and each table lists beneath it the figures that would be changed when published."""

from dataclasses import dataclass

from flask_babel import gettext as _

from app.reports import charts, disclosure
from app.reports.figures import AnnualReport, ConsultationLine, FeedbackRole, participation_rows
from app.reports.formatting import show_number as number
from app.reports.formatting import show_percent as percent


@dataclass(frozen=True)
class Cell:
    text: str
    published: str | None = None  # what the CSV, JSON and page for children show instead, when not the same

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Table:
    id: str
    caption: str
    head: tuple[str, ...]
    rows: tuple[tuple[str | Cell, ...], ...]  # each row's first cell is its heading

    @property
    def unpublished(self) -> list[str]:
        """For each figure that publishing would change, a line like "PN3, Reviews: 2 here, published as “fewer than 6”"."""
        return [
            _("%(row)s, %(column)s: %(exact)s here, published as “%(published)s”", row=row[0], column=self.head[index],
              exact=cell.text, published=cell.published)
            for row in self.rows
            for index, cell in enumerate(row)
            if isinstance(cell, Cell) and cell.published
        ]


def _count(count) -> Cell:
    return Cell(number(count), str(disclosure.FEWER_THAN) if disclosure.hides_count(count) else None)


def _percent(pct, count, out_of) -> Cell:
    return Cell(percent(pct), disclosure.percent_withheld(count, out_of) if pct is not None else None)


def _count_and_percent(count, pct, out_of=None) -> Cell:
    text = _("%(count)s (%(percent)s)", count=number(count), percent=percent(pct))
    hidden_count = disclosure.hides_count(count)
    withheld = disclosure.percent_withheld(count, out_of) if pct is not None and out_of is not None else None
    if not (hidden_count or withheld):
        return Cell(text)
    return Cell(text, _("%(count)s (%(percent)s)", count=_published_count(count), percent=withheld or percent(pct)))


def _published_count(count: int) -> str:
    """A count as the published report writes it: "fewer than 6", or the number."""
    return str(disclosure.FEWER_THAN) if disclosure.hides_count(count) else number(count)


def reviews_table(report: AnnualReport, period_name: str, previous_name: str) -> Table:
    now, before = report.reviews, report.previous_reviews
    return Table(
        id="reviews-table",
        caption=_("Reviews held, with the period before"),
        head=(_("Reviews"), period_name, previous_name),
        rows=(
            (_("Held"), _count(now.held), _count(before.held)),
            (_("Held on time"), _count_and_percent(now.on_time, now.on_time_percent, now.held),
             _count_and_percent(before.on_time, before.on_time_percent, before.held)),
            (_("Held late"), _count(now.late), _count(before.late)),
            (_("First reviews"), _count(now.first), _count(before.first)),
            (_("Second reviews"), _count(now.second), _count(before.second)),
            (_("Subsequent reviews"), _count(now.subsequent), _count(before.subsequent)),
        ),
    )


def participation_table(report: AnnualReport, previous_name: str) -> Table:
    now, before = report.reviews, report.previous_reviews
    not_a_percentage = _("left out of the percentages")
    rows = [
        (code.value, meaning, _count(now.code_count(code)), _percent(now.code_percent(code), now.code_count(code), now.recorded),
         _count(before.code_count(code)), _percent(before.code_percent(code), before.code_count(code), before.recorded))
        if code
        else (_("None"), meaning, _count(now.unrecorded), not_a_percentage, _count(before.unrecorded), not_a_percentage)
        for code, meaning in participation_rows(report)
    ]
    rows.append((_("Total"), _("Reviews held"), _count(now.held), "", _count(before.held), ""))
    if now.unrecorded or before.unrecorded:
        rows.append((_("Recorded"), _("Reviews with a participation code recorded: the percentages are of these"),
                     _count(now.recorded), "", _count(before.recorded), ""))
    rows.append(
        (
            _("PN1–PN6"),
            _("Children aged 4 or over who conveyed their views, of the reviews of children aged 4 or over"),
            _of(now.conveyed, now.aged_4_plus),
            _percent(now.conveyed_percent, now.conveyed, now.aged_4_plus),
            _of(before.conveyed, before.aged_4_plus),
            _percent(before.conveyed_percent, before.conveyed, before.aged_4_plus),
        )
    )
    return Table(
        id="participation-table",
        caption=_("Participation codes (DfE SSDA903), with the period before"),
        head=(_("Code"), _("What it means"), _("Reviews"), _("Percentage"),
              _("Reviews, %(period)s", period=previous_name), _("Percentage, %(period)s", period=previous_name)),
        rows=tuple(rows),
    )


def _of(count: int, total: int) -> Cell:
    text = _("%(count)s of %(total)s", count=number(count), total=number(total))
    if not (disclosure.hides_count(count) or disclosure.hides_count(total)):
        return Cell(text)
    return Cell(text, _("%(count)s of %(total)s", count=_published_count(count), total=_published_count(total)))


def participation_chart(report: AnnualReport) -> charts.Chart:
    now = report.reviews
    return charts.bar_chart(
        "chart-participation",
        _("Reviews held, by participation code"),
        [
            (code.value, now.code_count(code), str(_count_and_percent(now.code_count(code), now.code_percent(code))))
            if code
            else (_("None"), now.unrecorded, number(now.unrecorded))
            for code, _meaning in participation_rows(report)
        ],
    )


def consultation_table(table_id: str, caption: str, lines: list[ConsultationLine]) -> Table:
    return Table(
        id=table_id,
        caption=caption,
        head=(_("Consultations"), _("Sent"), _("Started"), _("Completed"), _("Completed before the review")),
        rows=tuple(
            (line.label or _("All"), _count(line.sent), _count(line.started),
             _count_and_percent(line.completed, line.completed_percent, line.sent), _count(line.before_review))
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
            [(line.label, line.completed, _("%(completed)s of %(sent)s", completed=number(line.completed), sent=number(line.sent)))
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
                    (figure.label, _count(figure.answering), _count(figure.positive),
                     _percent(figure.percent, figure.positive, figure.answering))
                    for figure in role.figures
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
            (_("Arrived"), _count(reading.arrived)),
            (_("Read"), _count(reading.read)),
            (_("Not read yet"), _count(reading.unread)),
            (_("Median, working days"), _measure(reading.median, reading.read)),
            (_("90th percentile, working days"), _measure(reading.p90, reading.read)),
            (_("Read within 2 working days"),
             _count_and_percent(reading.within_standard, reading.within_standard_percent, reading.arrived)),
        ),
    )


def _measure(value, people: int) -> Cell:
    published = disclosure.measure(value, people)
    return Cell(number(value), published if isinstance(published, str) else None)
