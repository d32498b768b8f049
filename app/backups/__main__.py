"""The command line for backups: `python -m app.backups backup` and `python -m app.backups restore FILE`."""

import argparse
import os
import sys
from pathlib import Path

from app.backups.postgres import BackupError, backup, restore

DEFAULT_BACKUP_DIR = "instance/backups"


def main(arguments: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.backups",
                                     description="Back up DATABASE_URL's database, or restore a backup into it.")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("backup", help="write a backup to BACKUP_DIR (default instance/backups)")
    restoring = commands.add_parser("restore", help="load a backup into the empty database DATABASE_URL names")
    restoring.add_argument("file", type=Path)
    chosen = parser.parse_args(arguments)
    database_url = os.environ.get("DATABASE_URL", "")
    try:
        if chosen.command == "backup":
            print(backup(database_url, Path(os.environ.get("BACKUP_DIR") or DEFAULT_BACKUP_DIR)))
        else:
            restore(database_url, chosen.file)
            print(f"Restored {chosen.file}")
    except BackupError as problem:
        print(problem, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
