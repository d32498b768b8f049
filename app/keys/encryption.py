"""Re-encrypting every encrypted value of every table with the newest key, a batch of rows at a time."""

from collections.abc import Iterator

from cryptography.fernet import InvalidToken
from sqlalchemy import LargeBinary, Table, literal, select, type_coerce, update

from app.crypto import EncryptedJSON, EncryptedText, is_under_newest_key, reencrypt
from app.extensions import db


class UnreadableValue(RuntimeError):
    """A stored value that none of the encryption keys opens."""


def encrypted_columns() -> dict[Table, list]:
    """Each table that holds encrypted values, and those columns of it."""
    found = {}
    for table in db.metadata.sorted_tables:
        columns = [column for column in table.columns if isinstance(column.type, (EncryptedJSON, EncryptedText))]
        if columns:
            found[table] = columns
    return found


def rotate_all(batch_size: int) -> Iterator[tuple[str, int, int]]:
    """For each table in turn: its name, how many rows were re-encrypted, and how many were already under the newest
    key (rows with no encrypted value in them count as neither)."""
    for table, columns in encrypted_columns().items():
        yield table.name, *rotate_table(table, columns, batch_size)


def rotate_table(table: Table, columns: list, batch_size: int) -> tuple[int, int]:
    """Re-encrypt this table's values in batches by primary key, each batch its own transaction.

    The stored bytes are read and written as they are (never through the columns' types), and a value is only
    replaced if it is still the one read: a row the app wrote meanwhile is already under the newest key."""
    [key] = table.primary_key.columns
    stored = [type_coerce(column, LargeBinary).label(column.name) for column in columns]
    rotated = current = 0
    last = None
    while True:
        query = select(key, *stored).order_by(key).limit(batch_size)
        if last is not None:
            query = query.where(key > last)
        rows = db.session.execute(query).all()
        if not rows:
            return rotated, current
        for row in rows:
            values = {column: bytes(row._mapping[column.name]) for column in columns if row._mapping[column.name] is not None}
            replaced = [_replace(table, key, row[0], column, value)
                        for column, value in values.items() if not is_under_newest_key(value)]
            if any(replaced):
                rotated += 1
            elif values:
                current += 1
        db.session.commit()
        last = rows[-1][0]


def _replace(table: Table, key, row_id, column, value: bytes) -> bool:
    try:
        new = reencrypt(value)
    except InvalidToken as error:  # named by where it is, never by what it holds
        db.session.rollback()
        raise UnreadableValue(f"{table.name}.{column.name} of row {row_id} opens with none of the keys") from error
    result = db.session.execute(
        update(table)
        .where(key == row_id, type_coerce(column, LargeBinary) == value)
        .values({column.name: literal(new, LargeBinary)})
    )
    return result.rowcount == 1
