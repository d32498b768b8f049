"""The annual report for managers: the page with its charts, the CSV and JSON, and the version for children."""

import json
from datetime import date

from flask import Response, redirect, render_template, request, url_for
from flask_babel import format_date
from flask_babel import gettext as _

from app import audit
from app.audit.actions import Action
from app.auth.access import staff
from app.extensions import db
from app.models import Role
from app.numbers import ngettext
from app.reports import bp, children_page, disclosure, exports, tables
from app.reports.figures import AnnualReport, annual_report
from app.reports.formatting import sentence, show_number, show_percent
from app.reports.period_form import PeriodForm
from app.reports.periods import Period, PeriodError, checked, last_financial_year, parse_day

def _requested_period(form: PeriodForm) -> tuple[Period, bool]:
    """The period asked for, and whether it came from the date boxes (and so wants a tidy address).

    Accepts ?from=YYYY-MM-DD&to=YYYY-MM-DD, or the form's from-day, from-month, ... boxes; neither means
    the last financial year. Raises PeriodError for anything else."""
    args = request.args
    if form.sent:
        return form.period(), True
    if "from" in args or "to" in args:
        start, end = args.get("from", ""), args.get("to", "")
        return checked(parse_day(start), parse_day(end), bool(start.strip()), bool(end.strip())), False
    return last_financial_year(date.today()), False


def _period_name(period: Period) -> str:
    if period.is_financial_year:
        return _("April %(start)s to March %(end)s", start=format_date(period.start, "yyyy"), end=format_date(period.end, "yyyy"))
    return _("%(start)s to %(end)s", start=format_date(period.start, "d MMMM yyyy"), end=format_date(period.end, "d MMMM yyyy"))


def _conveyed(report: AnnualReport) -> str:
    """The headline participation figure, saying plainly which reviews it leaves out."""
    figures = report.reviews
    conveyed = _(
        "%(percent)s of children aged 4 or over conveyed their views to their review (%(conveyed)s of %(reviews)s reviews).",
        percent=show_percent(figures.conveyed_percent), conveyed=show_number(figures.conveyed), reviews=show_number(figures.aged_4_plus),
    )
    if not figures.unrecorded:
        return conveyed
    return conveyed + " " + ngettext(
        "%(num)s review held had no participation code recorded: it is left out, not counted as views not conveyed.",
        "%(num)s reviews held had no participation code recorded: they are left out, not counted as views not conveyed.",
        figures.unrecorded,
    )


@bp.route("/annual")
@staff(Role.MANAGER)
def annual():
    form = PeriodForm(request.args)
    try:
        period, from_boxes = _requested_period(form)
    except PeriodError as problem:
        if not form.sent:  # the dates came in the address: show what can be read of them
            form.start.set_date(parse_day(request.args.get("from")))
            form.end.set_date(parse_day(request.args.get("to")))
        form.show_error(problem)
        return render_template("reports/annual.html", report=None, form=form, errors=form.error_summary(), form_has_errors=True)
    if from_boxes:
        return redirect(url_for(".annual", **{"from": period.start.isoformat(), "to": period.end.isoformat()}))
    form.show(period)
    report = annual_report(period)
    # The report quotes children's and parents' own words: who saw it is kept, like any view of answers.
    audit.record(Action.VIEWED_ANNUAL_REPORT)
    db.session.commit()
    query = {"from": period.start.isoformat(), "to": period.end.isoformat()}
    period_name, previous_name = _period_name(period), _period_name(report.previous_period)
    return render_template(
        "reports/annual.html",
        report=report,
        form=form,
        errors=[],
        period_name=period_name,
        previous_name=previous_name,
        conveyed=_conveyed(report),
        small_numbers_note=disclosure.NOTE,
        conveyed_before=_("%(period)s: %(percent)s.", period=previous_name, percent=show_percent(report.previous_reviews.conveyed_percent)),
        reviews_table=tables.reviews_table(report, period_name, previous_name),
        participation_chart=tables.participation_chart(report),
        participation_table=tables.participation_table(report, previous_name),
        consultations=tables.consultation_tables(report),
        feedback=tables.feedback_sections(report),
        sentence=sentence,
        reading_table=tables.reading_table(report),
        csv_url=url_for(".annual_csv", **query),
        json_url=url_for(".annual_json", **query),
        children_url=url_for(".for_children", **query),
    )


def _export_period() -> Period | Response:
    try:
        return _requested_period(PeriodForm(request.args))[0]
    except PeriodError as problem:
        return Response(problem.message + "\n", status=400, mimetype="text/plain")


def _download_name(period: Period, extension: str) -> str:
    return f"annual-report-{period.start.isoformat()}-to-{period.end.isoformat()}.{extension}"


@bp.route("/annual.json")
@staff(Role.MANAGER)
def annual_json():
    period = _export_period()
    if isinstance(period, Response):
        return period
    report = annual_report(period)
    audit.record(Action.EXPORTED_ANNUAL_REPORT)
    db.session.commit()
    return Response(
        json.dumps(exports.as_dict(report), indent=2, ensure_ascii=False),
        mimetype="application/json",
        headers={"Content-Disposition": f'attachment; filename="{_download_name(period, "json")}"', "Cache-Control": "no-store"},
    )


@bp.route("/annual.csv")
@staff(Role.MANAGER)
def annual_csv():
    period = _export_period()
    if isinstance(period, Response):
        return period
    report = annual_report(period)
    audit.record(Action.EXPORTED_ANNUAL_REPORT)
    db.session.commit()
    return Response(
        # A byte-order mark, so Excel reads the en dash and any accented name as UTF-8.
        "\ufeff" + exports.as_csv(report),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{_download_name(period, "csv")}"', "Cache-Control": "no-store"},
    )


@bp.route("/for-children")
@staff(Role.MANAGER)
def for_children():
    """The year's figures in plain words and pictures, for managers to print or publish for children in care."""
    try:
        period = _requested_period(PeriodForm(request.args))[0]
    except PeriodError:
        return redirect(url_for(".for_children"))
    report = annual_report(period)
    return render_template(
        "reports/for_children.html",
        report=report,
        period_name=_period_name(period),
        facts=children_page.facts(report),
        why_numbers_are_missing=children_page.why_numbers_are_missing(),
    )
