"""`flask import staff|children|reviews FILE`: the same import as the upload page, from a terminal."""

from pathlib import Path

import click
from flask_babel import gettext as _

from app.imports import loading, reading


@click.group("import")
def import_group() -> None:
    """Import the caseload from CSV files: staff first, then children, then reviews."""


def _command(kind: str, columns: tuple[str, ...]) -> click.Command:
    @click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
    def command(file: Path) -> None:
        with file.open("rb") as opened:
            # One byte over the limit is enough to refuse it: a huge file is never held in memory.
            outcome = loading.load(kind, opened.read(reading.MAX_BYTES + 1))
        if not outcome.imported:
            for problem in outcome.problems:
                click.echo(str(problem), err=True)
            click.echo(_("Nothing was imported."), err=True)
            raise SystemExit(1)
        click.echo(_("Imported: %(added)s added, %(updated)s updated, %(unchanged)s unchanged.", **outcome.counts))

    command.__doc__ = f"Import {kind} from a CSV file with the columns {','.join(columns)}."
    return import_group.command(kind)(command)


for _kind, _rules in loading.KINDS.items():
    _command(_kind, _rules.COLUMNS)
