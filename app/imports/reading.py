"""From the bytes of an uploaded CSV file to rows of trimmed values, each knowing its line number."""

import codecs
import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date

from app.imports import messages

# Well above a whole authority's caseload, and below the app's 5 MB request limit, so this message is the one seen.
MAX_BYTES = 4 * 1024 * 1024
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass
class Problem:
    line: int | None  # None for the file as a whole
    message: str

    def __str__(self) -> str:
        return str(messages.LINE % {"line": self.line, "message": self.message}) if self.line else self.message


class Rejected(Exception):
    """The file as a whole cannot be imported."""

    def __init__(self, message: str):
        super().__init__(message)
        self.problem = Problem(None, message)


@dataclass
class Row:
    """One row of the file, with helpers that check a value and note a problem with it."""

    line: int
    values: dict[str, str]
    problems: list[Problem] = field(default_factory=list)

    def problem(self, message, **values) -> None:
        self.problems.append(Problem(self.line, str(message % values) if values else str(message)))

    def has(self, column: str) -> bool:
        return column in self.values

    def text(self, column: str, max_length: int, required: bool = True) -> str:
        value = self.values.get(column, "")
        if required and not value:
            self.problem(messages.REQUIRED, column=column)
        elif len(value) > max_length:
            self.problem(messages.TOO_LONG, column=column, max=max_length)
        return value

    def day(self, column: str, required: bool = True, today: date | None = None) -> date | None:
        """A date written YYYY-MM-DD, and not after today."""
        value = self.values.get(column, "")
        if not value:
            if required:
                self.problem(messages.REQUIRED, column=column)
            return None
        try:
            if not DATE.fullmatch(value):
                raise ValueError(value)
            parsed = date.fromisoformat(value)
        except ValueError:
            self.problem(messages.NOT_A_DATE, column=column, value=value)
            return None
        if today is not None and parsed > today:
            self.problem(messages.IN_THE_FUTURE, column=column, value=value)
        return parsed


def read(data: bytes, columns: tuple[str, ...], optional: frozenset[str] = frozenset()) -> list[Row]:
    """The file's rows, or Rejected if the file itself is wrong: too large, empty, not UTF-8, or the wrong columns."""
    if len(data) > MAX_BYTES:
        raise Rejected(str(messages.TOO_LARGE % {"size": f"{MAX_BYTES // (1024 * 1024)} MB"}))
    data = data.removeprefix(codecs.BOM_UTF8)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise Rejected(str(messages.NOT_UTF8 % {"line": data[: error.start].count(b"\n") + 1})) from error
    if not text.strip():
        raise Rejected(str(messages.EMPTY))

    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    records: list[tuple[int, list[str]]] = []
    try:
        end_of_last = 0
        for record in reader:
            records.append((end_of_last + 1, [value.strip() for value in record]))
            end_of_last = reader.line_num
    except csv.Error as error:
        raise Rejected(str(messages.NOT_CSV % {"line": reader.line_num})) from error
    # A blank line, or one of only commas (as spreadsheets write), is no row at all.
    records = [(line, values) for line, values in records if any(values)]
    if not records:
        raise Rejected(str(messages.EMPTY))

    _, header = records[0]
    _check_header(header, columns, optional)
    rows = []
    for line, values in records[1:]:
        if len(values) != len(header):
            row = Row(line, {})
            row.problem(messages.WRONG_WIDTH, found=len(values), expected=len(header))
        else:
            row = Row(line, dict(zip(header, values, strict=True)))
        rows.append(row)
    if not rows:
        raise Rejected(str(messages.NO_ROWS))
    return rows


def _check_header(header: list[str], columns: tuple[str, ...], optional: frozenset[str]) -> None:
    repeated = next((name for name in header if header.count(name) > 1), None)
    if repeated:
        raise Rejected(str(messages.REPEATED_COLUMN % {"column": repeated}))
    missing = [name for name in columns if name not in header and name not in optional]
    if missing:
        raise Rejected(str(messages.MISSING_COLUMNS % {"expected": ",".join(columns), "missing": ", ".join(missing)}))
    extra = [name for name in header if name not in columns]
    if extra:
        raise Rejected(str(messages.EXTRA_COLUMNS % {"extra": ", ".join(extra)}))
