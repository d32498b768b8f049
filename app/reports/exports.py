"""The annual report as JSON and CSV, for spreadsheets and other systems: the figures the page shows, as published.

These leave the workspace, so small numbers go through app/reports/disclosure.py: a count from 1 to 5 is the text
"fewer than 6" and a withheld percentage the text saying why, where a number would otherwise be; a note says so.
"""

import csv
import io
from decimal import Decimal

from flask_babel import gettext as _

from app.reports import disclosure
from app.reports.disclosure import count as published
from app.reports.figures import AnnualReport, ConsultationLine, ReviewFigures, participation_rows
from app.reports.formatting import published_sentence
from app.reports.periods import Period

CSV_COLUMNS = ("section", "item", "label", "count", "out_of", "percent", "previous_count", "previous_out_of", "previous_percent", "text")


def _number(value: Decimal | str | None) -> float | int | str | None:
    if value is None or isinstance(value, str):
        return value
    return int(value) if value == value.to_integral_value() and value.as_tuple().exponent >= 0 else float(value)


def _period(period: Period) -> dict:
    return {"from": period.start.isoformat(), "to": period.end.isoformat()}


def _percent(value: Decimal | None, count: int, out_of: int) -> float | int | str | None:
    return _number(disclosure.percentage(value, count, out_of))


def _reviews(figures: ReviewFigures) -> dict:
    return {
        "held": published(figures.held),
        "on_time": published(figures.on_time),
        "on_time_percent": _percent(figures.on_time_percent, figures.on_time, figures.held),
        "late": published(figures.late),
        "first": published(figures.first),
        "second": published(figures.second),
        "subsequent": published(figures.subsequent),
    }


def _participation(report: AnnualReport, figures: ReviewFigures) -> dict:
    return {
        "codes": [
            {
                "code": code.value if code else None,
                "meaning": meaning,
                "count": published(figures.code_count(code)),
                "percent": _percent(figures.code_percent(code), figures.code_count(code), figures.recorded) if code else None,
            }
            for code, meaning in participation_rows(report)
        ],
        # The codes' percentages are of these: reviews with no code recorded are left out of them.
        "reviews_with_a_code_recorded": published(figures.recorded),
        "reviews_of_children_aged_4_plus": published(figures.aged_4_plus),
        "conveyed_views": published(figures.conveyed),
        "conveyed_views_percent": _percent(figures.conveyed_percent, figures.conveyed, figures.aged_4_plus),
    }


def _line(line: ConsultationLine) -> dict:
    return {
        "key": line.key,
        "label": line.label,
        "sent": published(line.sent),
        "started": published(line.started),
        "completed": published(line.completed),
        "completed_percent": _percent(line.completed_percent, line.completed, line.sent),
        "completed_before_review": published(line.before_review),
    }


def as_dict(report: AnnualReport) -> dict:
    """Every figure, as plain JSON-ready values; percentages are numbers (99.8 means 99.8%), null when nothing was
    counted. A figure not published is a string instead: "fewer than 6", or why a percentage is withheld."""
    consultations = report.consultations
    reading = report.reading
    return {
        "small_numbers": {
            "note": str(disclosure.NOTE),
            "smallest_count_published": disclosure.SMALLEST_COUNT,
            "fewest_answers_for_a_percentage": disclosure.SMALLEST_BASE,
        },
        "period": _period(report.period),
        "previous_period": _period(report.previous_period),
        "reviews": _reviews(report.reviews),
        "previous_reviews": _reviews(report.previous_reviews),
        "participation": _participation(report, report.reviews),
        "previous_participation": _participation(report, report.previous_reviews),
        "consultations": {
            **{k: v for k, v in _line(consultations.total).items() if k not in ("key", "label")},
            "by_channel": [_line(line) for line in consultations.by_channel],
            "by_version": [_line(line) for line in consultations.by_version],
            "by_respondent": [_line(line) for line in consultations.by_respondent],
        },
        "feedback": [
            {
                "role": role.role,
                "label": role.label,
                "forms": published(role.forms),
                "questions": [
                    {
                        "question": figure.question,
                        "label": figure.label,
                        "answering": published(figure.answering),
                        "positive": published(figure.positive),
                        "percent": _percent(figure.percent, figure.positive, figure.answering),
                        "sentence": published_sentence(figure),
                    }
                    for figure in role.figures
                ],
            }
            for role in report.feedback
        ],
        "comments": [
            {"role": c.role, "signature": c.signature, "question": c.question, "question_label": c.question_label, "text": c.text}
            for c in report.comments
        ],
        "time_to_first_read": {
            "arrived": published(reading.arrived),
            "read": published(reading.read),
            "unread": published(reading.unread),
            "median_working_days": disclosure.measure(reading.median, reading.read),
            "percentile_90_working_days": disclosure.measure(reading.p90, reading.read),
            "read_within_2_working_days": published(reading.within_standard),
            "read_within_2_working_days_percent": _percent(reading.within_standard_percent, reading.within_standard, reading.arrived),
        },
    }


def csv_rows(report: AnnualReport) -> list[dict]:
    """One row a figure: what it counts, the count, out of how many, the percentage, and the previous period's,
    each as published."""
    figures, previous = report.reviews, report.previous_reviews
    rows: list[dict] = []

    def add(section, item, label, count=None, out_of=None, pct=None, prev=(None, None, None), text=None, measure=None):
        rows.append(
            {
                "section": section,
                "item": item,
                "label": label,
                "count": published(count) if measure is None else measure,
                "out_of": published(out_of),
                "percent": _percent(pct, count, out_of),
                "previous_count": published(prev[0]),
                "previous_out_of": published(prev[1]),
                "previous_percent": _percent(prev[2], prev[0], prev[1]),
                "text": text,
            }
        )

    add("note", "small_numbers", "", text=str(disclosure.NOTE))
    add("period", "from", "", text=report.period.start.isoformat())
    add("period", "to", "", text=report.period.end.isoformat())
    add("period", "previous_from", "", text=report.previous_period.start.isoformat())
    add("period", "previous_to", "", text=report.previous_period.end.isoformat())
    add("reviews", "held", _("Reviews held"), figures.held, prev=(previous.held, None, None))
    add("reviews", "on_time", _("Held on time"), figures.on_time, figures.held, figures.on_time_percent,
        (previous.on_time, previous.held, previous.on_time_percent))
    for item, label in (("first", _("First reviews")), ("second", _("Second reviews")), ("subsequent", _("Subsequent reviews"))):
        add("reviews", item, label, getattr(figures, item), figures.held, None, (getattr(previous, item), previous.held, None))
    for code, meaning in participation_rows(report):
        if code is None:  # counted, and left out of the percentages
            add("participation", "none", meaning, figures.unrecorded, prev=(previous.unrecorded, None, None))
            continue
        add("participation", code.value, meaning, figures.code_count(code), figures.recorded, figures.code_percent(code),
            (previous.code_count(code), previous.recorded, previous.code_percent(code)))
    add("participation", "recorded", _("Reviews with a participation code recorded"), figures.recorded, prev=(previous.recorded, None, None))
    add("participation", "conveyed_views_aged_4_plus", _("Children aged 4 or over who conveyed their views"),
        figures.conveyed, figures.aged_4_plus, figures.conveyed_percent,
        (previous.conveyed, previous.aged_4_plus, previous.conveyed_percent))
    consultations = report.consultations
    for section, lines in (
        ("consultations", [consultations.total]),
        ("consultations_by_channel", consultations.by_channel),
        ("consultations_by_version", consultations.by_version),
        ("consultations_by_respondent", consultations.by_respondent),
    ):
        for line in lines:
            label = line.label or _("All consultations")
            add(section, f"{line.key}:sent", label, line.sent)
            add(section, f"{line.key}:started", label, line.started, line.sent)
            add(section, f"{line.key}:completed", label, line.completed, line.sent, line.completed_percent)
            add(section, f"{line.key}:completed_before_review", label, line.before_review, line.completed, line.before_review_percent)
    for role in report.feedback:
        add(f"feedback_{role.role}", "forms", role.label, role.forms)
        for figure in role.figures:
            add(f"feedback_{role.role}", figure.question, figure.label, figure.positive, figure.answering, figure.percent,
                text=published_sentence(figure))
    for comment in report.comments:
        add(f"comments_{comment.role}", comment.question, comment.question_label, text=f"{comment.text} – {comment.signature}")
    reading = report.reading
    add("time_to_first_read", "arrived", _("Consultation answers that arrived in the period"), reading.arrived)
    add("time_to_first_read", "read", _("Read"), reading.read, reading.arrived)
    add("time_to_first_read", "median_working_days", _("Median working days to first read"),
        measure=disclosure.measure(reading.median, reading.read))
    add("time_to_first_read", "percentile_90_working_days", _("90th percentile, working days"),
        measure=disclosure.measure(reading.p90, reading.read))
    add("time_to_first_read", "read_within_2_working_days", _("Read within 2 working days"), reading.within_standard, reading.arrived,
        reading.within_standard_percent)
    return rows


def _safe_cell(value) -> str:
    """A cell a spreadsheet will show, never run: text starting = + - @ (or a tab or return) is a formula in Excel."""
    if value is None:
        return ""
    text = str(value)
    if isinstance(value, str) and text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


def as_csv(report: AnnualReport) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in csv_rows(report):
        writer.writerow([_safe_cell(row[column]) for column in CSV_COLUMNS])
    return out.getvalue()
