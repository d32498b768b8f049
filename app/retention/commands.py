"""`flask retention purge`: delete here what is in the case record, RETENTION_MONTHS after its review."""

from datetime import date

import click
from flask import current_app

from app.retention.purge import BATCH, COUNTED, purge


@click.group("retention")
def retention_group() -> None:
    """How long what children and families said is kept here."""


@retention_group.command("purge")
@click.option("--batch", default=BATCH, show_default=True, type=click.IntRange(min=1), help="Reviews (or drafts) deleted per transaction.")
def purge_command(batch: int) -> None:
    """Delete the answers, text conversations, texts and emails for reviews held RETENTION_MONTHS ago or more whose
    views are in the case record (downloaded, or all read), and unsent drafts untouched as long. Safe to run again."""
    counts = purge(date.today(), current_app.config["RETENTION_MONTHS"], batch)
    for name in COUNTED:
        click.echo(f"{name.replace('_', ' ')}: {counts[name]}")
