"""`flask keys rotate` and `flask keys rotate-lookup`: safe to run while the app serves, and to run again."""

import click
from flask.cli import AppGroup
from sqlalchemy.exc import IntegrityError

from app.keys.encryption import UnreadableValue, rotate_all
from app.keys.lookup import reindex

keys_group = AppGroup("keys", help="Rotate the encryption and phone-number lookup keys (docs/keys-and-logs.md).")
batch_size_option = click.option("--batch-size", default=500, show_default=True, type=click.IntRange(min=1),
                                 help="Rows a transaction; each batch is committed before the next.")


@keys_group.command("rotate")
@batch_size_option
def rotate(batch_size: int) -> None:
    """Re-encrypt every encrypted field of every table with the newest key in ENCRYPTION_KEYS."""
    try:
        for table, rotated, current in rotate_all(batch_size):
            click.echo(f"{table}: {rotated} rows re-encrypted, {current} already under the newest key")
    except UnreadableValue as error:
        raise click.ClickException(f"{error}: add the key it was written with to ENCRYPTION_KEYS, then run this again.")


@keys_group.command("rotate-lookup")
@batch_size_option
def rotate_lookup(batch_size: int) -> None:
    """Re-index every stored phone number under the newest key in PHONE_LOOKUP_KEYS."""
    try:
        reindexed, current = reindex(batch_size)
    except IntegrityError:
        raise click.ClickException("Two stored phone numbers are the same number under different keys: "
                                   "see docs/keys-and-logs.md.") from None
    click.echo(f"phone_number: {reindexed} numbers re-indexed, {current} already under the newest key")
