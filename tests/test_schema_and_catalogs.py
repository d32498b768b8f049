"""The migrations build the schema the models describe, and the translation catalogs are current."""

import re
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from babel.messages.frontend import CommandLineInterface
from babel.messages.pofile import read_po
from flask_migrate import downgrade, upgrade
from sqlalchemy import inspect

from app.extensions import db
from app.models.child import outside_search_indexes

ROOT = Path(__file__).resolve().parent.parent


def test_migrations_build_the_schema_the_models_describe(app):
    db.drop_all()
    upgrade()
    try:
        with db.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"include_object": outside_search_indexes})
            differences = compare_metadata(context, db.metadata)
        assert differences == []
    finally:
        downgrade(revision="base")
    assert inspect(db.engine).get_table_names() == ["alembic_version"]
    with db.engine.begin() as connection:
        connection.exec_driver_sql("DROP TABLE alembic_version")


def _message_ids(path: Path) -> set[str]:
    with path.open("rb") as file:
        return {message.id if isinstance(message.id, str) else message.id[0] for message in read_po(file) if message.id}


def _translations() -> list[Path]:
    return [path for path in (ROOT / "translations").glob("*/LC_MESSAGES/messages.po") if path.parts[-3] != "en"]


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


def test_the_translations_are_the_configured_languages():
    from app.config import Config

    assert sorted(path.parts[-3] for path in _translations()) == sorted(set(Config.LANGUAGES) - {"en"})


def test_every_translation_is_complete_and_none_is_fuzzy():
    for path in _translations():
        with path.open("rb") as file:
            catalog = read_po(file, locale=path.parts[-3])
        gaps = []
        for message in catalog:
            if not message.id:
                continue
            forms = message.string if isinstance(message.string, tuple) else (message.string,)
            expected = catalog.num_plurals if message.pluralizable else 1
            if message.fuzzy or len(forms) != expected or not all(forms):
                gaps.append(message.id if isinstance(message.id, str) else message.id[0])
        assert gaps == [], f"{path.parts[-3]}: {len(gaps)} strings missing or fuzzy, the first: {gaps[:5]}"


def _placeholders(text: str) -> set[str]:
    return set(re.findall(r"%\((\w+)\)", text))


def test_every_translation_keeps_the_english_placeholders():
    # Exactly the English %(name)s in a translation (a plural form may leave out the number, as Arabic's
    # "one" and "two" do); Babel's own checks then make sure each is a valid format string, so no page or text
    # fails to render, or leaves out a phone number, in one language only.
    for path in _translations():
        with path.open("rb") as file:
            catalog = read_po(file, locale=path.parts[-3])
        problems = [f"{m.id!r}: {'; '.join(map(str, errors))}" for m, errors in catalog.check()]
        for message in catalog:
            if not message.id or not message.string:
                continue
            if message.pluralizable:
                english = _placeholders(message.id[0]) | _placeholders(message.id[1])
                wrong = [form for form in message.string if not _placeholders(form) <= english]
            else:
                wrong = [message.string] if _placeholders(message.string) != _placeholders(message.id) else []
            problems += [f"{message.id!r}: {form!r}" for form in wrong]
        assert problems == [], f"{path.parts[-3]}: " + "\n".join(problems[:10])


def test_every_translation_says_it_needs_a_native_speakers_review():
    for path in _translations():
        opening = path.read_text(encoding="utf-8").split("msgid", 1)[0]
        assert "native speaker" in opening, f"{path} does not say it needs a native speaker's review"
