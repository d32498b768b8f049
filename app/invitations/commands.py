"""`flask invitations send-due`: the command that runs the scheduled send (app/invitations/due.py)."""

from datetime import date

import click
from flask.cli import AppGroup

from app.invitations.due import send_due

invitations_group = AppGroup("invitations", help="Send the invitations that are due.")


@invitations_group.command("send-due")
@click.option("--today", type=click.DateTime(formats=["%Y-%m-%d"]), default=None, help="Run as if on this date.")
def send_due_command(today) -> None:
    """Consultations 10 working days before each review, email reminders 5 working days before, and feedback the
    day after a review is recorded as held. Safe to run twice, and from two places at once."""
    report = send_due(today.date() if today else date.today())
    click.echo(f"Consultations sent by text: {len(report.by_text)}")
    click.echo(f"Consultations sent by email: {len(report.by_email)}")
    click.echo(f"Reminders sent by email: {len(report.reminders)}")
    click.echo(f"Feedback sent by text: {len(report.feedback_by_text)}")
    click.echo(f"Feedback sent by email: {len(report.feedback_by_email)}")
    click.echo(f"Already invited, not sent again: {len(report.already_invited)}")
    click.echo(
        "No way to reach, not sent (add a mobile or email, print a letter, or send from the child's page): "
        f"{len(report.unreachable)}"
    )
    for who in report.unreachable:
        click.echo(f"  {who}")
