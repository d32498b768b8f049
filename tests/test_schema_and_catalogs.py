"""The migrations build the schema the models describe, and the translation catalogs are current."""

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from babel.messages.frontend import CommandLineInterface
from babel.messages.pofile import read_po
from flask_migrate import downgrade, upgrade
from sqlalchemy import inspect

from app.extensions import db

ROOT = Path(__file__).resolve().parent.parent


def test_migrations_build_the_schema_the_models_describe(app):
    db.drop_all()
    upgrade()
    try:
        with db.engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection), db.metadata)
        assert differences == []
    finally:
        downgrade(revision="base")
    assert inspect(db.engine).get_table_names() == ["alembic_version"]
    with db.engine.begin() as connection:
        connection.exec_driver_sql("DROP TABLE alembic_version")


def _message_ids(path: Path) -> set[str]:
    with path.open("rb") as file:
        return {message.id if isinstance(message.id, str) else message.id[0] for message in read_po(file) if message.id}


def test_the_committed_pot_holds_every_marked_string(tmp_path):
    fresh = tmp_path / "messages.pot"
    CommandLineInterface().run(
        ["pybabel", "-q", "extract", "-F", str(ROOT / "babel.cfg"), "-k", "_l", "-k", "lazy_gettext",
         "--ignore-dirs", ".* _* node_modules", "-o", str(fresh), str(ROOT)]
    )
    committed = _message_ids(ROOT / "translations" / "messages.pot")
    assert _message_ids(fresh) == committed, "run `make translations` and commit the catalogs"


def test_every_language_catalog_has_every_message():
    committed = _message_ids(ROOT / "translations" / "messages.pot")
    for catalog in (ROOT / "translations").glob("*/LC_MESSAGES/messages.po"):
        assert _message_ids(catalog) == committed, f"{catalog} is out of date: run `make translations`"
