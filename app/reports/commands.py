"""`flask report annual`: the annual report's figures on the command line, as JSON or CSV."""

import json
from datetime import date

import click

from app.audit.actions import Action
from app.extensions import db
from app.models import AuditEvent
from app.reports import exports
from app.reports.figures import annual_report
from app.reports.periods import PeriodError, checked, last_financial_year, parse_day


@click.group("report")
def report() -> None:
    """Reports: the figures IRO annual reports print."""


@report.command("annual")
@click.option("--from", "start", metavar="YYYY-MM-DD", help="First day of the period (default: the last financial year's 1 April).")
@click.option("--to", "end", metavar="YYYY-MM-DD", help="Last day of the period (default: the last financial year's 31 March).")
@click.option("--format", "output", type=click.Choice(["json", "csv"]), default="json", show_default=True)
def annual(start: str | None, end: str | None, output: str) -> None:
    """Print the annual report's figures for a period (both days included) to standard output."""
    if start is None and end is None:
        period = last_financial_year(date.today())
    else:
        try:
            period = checked(parse_day(start), parse_day(end), bool(start), bool(end))
        except PeriodError as problem:
            raise click.UsageError(f"{problem.message} (dates are written YYYY-MM-DD)") from None
    figures = annual_report(period)
    # The figures include people's comments: an export is recorded, as on the web.
    db.session.add(AuditEvent(staff_id=None, action=Action.EXPORTED_ANNUAL_REPORT.value))
    db.session.commit()
    if output == "csv":
        click.echo(exports.as_csv(figures), nl=False)
    else:
        click.echo(json.dumps(exports.as_dict(figures), indent=2, ensure_ascii=False))
