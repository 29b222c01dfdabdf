"""Fast writes of many rows at once, for the demo shop and large imports.

peewee builds a query per row in `insert_many`; on SQLite the DB-API's
`executemany` with one prepared statement is about twenty times faster. Rows given
here are written as they are: callers pass values that the core's rules and
validators produced.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from peewee import Model, PostgresqlDatabase, SqliteDatabase, chunked, fn

from shopcrm.db import database_proxy


def next_id(model: type[Model]) -> int:
    """The id after the highest one in use."""
    return int(model.select(fn.MAX(model._meta.primary_key)).scalar() or 0) + 1


def bulk_insert(model: type[Model], columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """Insert rows of plain values (already converted for the database) into a table.

    Call it inside ``database_proxy.atomic()``; dates may be `datetime.date` objects.

    Args:
        model: the table.
        columns: the column names, in the order of each row's values.
        rows: the values.

    Returns:
        The number of rows written.
    """
    database = database_proxy.obj
    table = model._meta.table_name
    columns, rows = _with_defaults(model, columns, rows)
    if isinstance(database, SqliteDatabase):
        placeholders = ", ".join("?" for _ in columns)
        sql = f'INSERT INTO "{table}" ({", ".join(columns)}) VALUES ({placeholders})'
        batch = [tuple(_sqlite_value(value) for value in row) for row in rows]
        database.connection().executemany(sql, batch)
        return len(batch)
    if _is_psycopg2(database):
        return _copy_into_postgres(database, table, columns, rows)
    fields = [model._meta.columns[name] for name in columns]
    count = 0
    for chunk in chunked(rows, 1000):
        model.insert_many([tuple(row) for row in chunk], fields=fields).execute()
        count += len(chunk)
    return count


def _copy_into_postgres(
    database: Any, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]
) -> int:
    """PostgreSQL's COPY: several times faster than INSERTs. Every empty field is NULL
    (FORCE_NULL), which is how the core stores empty text anyway."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_NONNUMERIC)
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    buffer.seek(0)
    names = ", ".join(columns)
    database.cursor().copy_expert(
        f'COPY "{table}" ({names}) FROM STDIN WITH (FORMAT csv, FORCE_NULL ({names}))', buffer
    )
    return count


def _is_psycopg2(database: object) -> bool:
    if not isinstance(database, PostgresqlDatabase):
        return False
    try:
        import psycopg2.extensions
    except ImportError:
        return False
    return isinstance(database.connection(), psycopg2.extensions.connection)


def _with_defaults(
    model: type[Model], columns: Sequence[str], rows: Iterable[Sequence[Any]]
) -> tuple[list[str], Iterable[Sequence[Any]]]:
    """Add the model's Python-side defaults for the columns not given (peewee keeps them
    out of the table definition)."""
    given = set(columns)
    missing = [
        field
        for field in model._meta.sorted_fields
        if field.column_name not in given and field.default is not None
    ]
    if not missing:
        return list(columns), rows
    names = [*columns, *(field.column_name for field in missing)]

    def extended() -> Iterator[tuple[Any, ...]]:
        for row in rows:
            defaults = (f.default() if callable(f.default) else f.default for f in missing)
            yield (*row, *defaults)

    return names, extended()


def _sqlite_value(value: Any) -> Any:
    # the same text forms peewee writes for DateField / DateTimeField
    if hasattr(value, "isoformat"):
        return value.isoformat(sep=" ") if hasattr(value, "hour") else value.isoformat()
    return value


def reset_id_sequences(models: Iterable[type[Model]]) -> None:
    """After inserting explicit ids on PostgreSQL, move each id sequence past the highest id."""
    database = database_proxy.obj
    if not isinstance(database, PostgresqlDatabase):
        return
    for model in models:
        table = model._meta.table_name
        column = model._meta.primary_key.column_name  # type: ignore[union-attr]
        database.execute_sql(
            f"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), "
            f'COALESCE((SELECT MAX("{column}") FROM "{table}"), 0) + 1, false)'
        )


def refresh_planner_statistics() -> None:
    """After a bulk load, let PostgreSQL re-learn its tables (it otherwise plans searches over
    100,000 fresh rows as if the tables were empty). SQLite is left without statistics on
    purpose: with them it scans for a former number that almost no customer has."""
    database = database_proxy.obj
    if isinstance(database, PostgresqlDatabase):
        database.execute_sql("ANALYZE")
