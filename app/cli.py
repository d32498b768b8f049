"""Command-line tasks: demo data, staff accounts, reports, imports, and the daily invitations and alerts."""

import json

import click
from flask import Flask, current_app

from app import demo
from app.addresses import page_url
from app.auth.commands import staff_group
from app.imports.commands import import_group
from app.invitations.commands import invitations_group
from app.keys.commands import keys_group
from app.notifications import escalation  # noqa: F401  (adds `flask notifications escalate`)
from app.notifications.unread import notifications_group
from app.reports.commands import report
from app.retention.commands import retention_group
from app.scheduler.commands import scheduler_group


@click.command("demo-data")
@click.option("--json", "as_json", is_flag=True, help="Print the logins and links as JSON.")
def demo_data(as_json: bool) -> None:
    """Load demo staff, children, reviews and invitations, then print the logins and links."""
    if not current_app.config.get("DEMO_DATA_ALLOWED"):
        raise click.ClickException("Demo data is for development only.")
    loaded = demo.load()
    if as_json:
        click.echo(json.dumps(loaded, indent=2))
        return
    click.echo("\nStaff sign-in (" + page_url("auth.login") + "), then the code an")
    click.echo("authenticator app shows for the two-factor secret (or: oathtool --totp -b SECRET):")
    for member in loaded["staff"]:
        click.echo(f"  {member['role']:8} {member['email']:26} password: {member['password']:20} two-factor secret: {member['totp_secret']}")
    click.echo("\nEach demo child's link (the version follows their age):")
    for child in loaded["children"]:
        click.echo(f"  {child['name']:16} age {child['age']:>2}  {child['questionnaire']:19} {child['link']}")
    click.echo("\nParents, carers, and feedback after a review:")
    for other in loaded["parents_carers_and_feedback"]:
        click.echo(f"  {other['respondent']:12} for {other['for']:16} {other['questionnaire']:21} {other['link']}")


def init_app(app: Flask) -> None:
    app.cli.add_command(demo_data)
    app.cli.add_command(report)
    app.cli.add_command(import_group)
    app.cli.add_command(invitations_group)
    app.cli.add_command(keys_group)
    app.cli.add_command(notifications_group)
    app.cli.add_command(staff_group)
    app.cli.add_command(scheduler_group)
    app.cli.add_command(retention_group)
