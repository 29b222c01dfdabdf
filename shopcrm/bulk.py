"""Fast writes of many rows at once, for the demo shop and large imports.

peewee builds a query per row in `insert_many`; on SQLite the DB-API's
`executemany` with one prepared statement is about twenty times faster. Rows given
here are written as they are: callers pass values that the core's rules and
validators produced.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from peewee import (
    DateField,
    DateTimeField,
    Model,
    PostgresqlDatabase,
    SqliteDatabase,
    TimeField,
    chunked,
    fn,
)

from shopcrm.db import database_proxy

IN_CHUNK = 500
"""The most values one ``IN (...)`` list holds."""


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
        batch = _sqlite_rows(model, columns, rows)
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


def _sqlite_rows(
    model: type[Model], columns: Sequence[str], rows: Iterable[Sequence[Any]]
) -> list[Sequence[Any]]:
    """The rows with their date and time values as the text SQLite stores; only the date and
    time columns are looked at (converting every value costs more than the insert)."""
    dated = [
        index
        for index, name in enumerate(columns)
        if isinstance(model._meta.columns.get(name), (DateField, DateTimeField, TimeField))
    ]
    if not dated:
        return [row if isinstance(row, tuple) else tuple(row) for row in rows]
    converted: list[Sequence[Any]] = []
    for row in rows:
        values = list(row)
        for index in dated:
            value = values[index]
            if isinstance(value, dt.date | dt.time):
                values[index] = _sqlite_value(value)
        converted.append(values)
    return converted


def _sqlite_value(value: dt.date | dt.time) -> str:
    # the same text forms peewee writes for DateField / DateTimeField / TimeField
    return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat()


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


def reserve_ids(model: type[Model], count: int) -> list[int]:
    """Ids for rows about to be written in bulk, so that their children can point at them.

    SQLite: the bulk writer holds the write lock, so the ids after the highest are free.
    PostgreSQL: taken from the table's sequence, which other counters use too.
    """
    if count <= 0:
        return []
    database = database_proxy.obj
    if isinstance(database, PostgresqlDatabase):
        table = model._meta.table_name
        cursor = database.execute_sql(
            f"SELECT nextval(pg_get_serial_sequence('\"{table}\"', 'id')) "
            "FROM generate_series(1, %s)",
            (count,),
        )
        return [int(row[0]) for row in cursor.fetchall()]
    first = next_id(model)
    return list(range(first, first + count))


def plain_insert(model: type[Model], columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
    """`bulk_insert` for rows of plain numbers and text: on SQLite straight to executemany
    (nothing to convert: the per-value conversion costs more than the insert for the millions
    of search tokens a big import writes); elsewhere through `bulk_insert`."""
    database = database_proxy.obj
    if not isinstance(database, SqliteDatabase):
        bulk_insert(model, columns, rows)
        return
    placeholders = ", ".join("?" for _ in columns)
    sql = f'INSERT INTO "{model._meta.table_name}" ({", ".join(columns)}) VALUES ({placeholders})'
    database.connection().executemany(sql, rows)


def select_in(sql: str, values: Sequence[Any], *before: Any) -> list[tuple[Any, ...]]:
    """Rows of a query with one ``IN ({})`` list, written as plain SQL (peewee builds a node
    per value, which costs more than the query for a thousand phones).

    Args:
        sql: the query; ``{}`` stands for the list's placeholders, ``{p}`` for one placeholder
            (the values of `before`, which come first).
        values: the list's values.
        before: values of the ``{p}`` placeholders that stand before the list.
    """
    if not values:
        return []
    database = database_proxy.obj
    placeholders = ", ".join(database.param for _ in values)
    query = sql.replace("{p}", database.param).format(placeholders)
    return list(database.execute_sql(query, [*before, *values]).fetchall())


def each_chunk(items: Iterable[Any], size: int = IN_CHUNK) -> Iterator[list[Any]]:
    """Lists of at most `size` items (for IN clauses)."""
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class PausedIndexes:
    """Secondary indexes set aside while a large import writes into their tables, rebuilt
    once at the end: building an index over all its keys costs less than keeping it up to
    date row by row (the search tokens of 100,000 customers are over a million rows).

    SQLite only, and inside the import's transaction: SQLite's DROP and CREATE INDEX are
    transactional, so a failed or cancelled import gets its indexes back with the rollback,
    and other counters keep reading the committed tables with their indexes meanwhile.
    Pause only indexes that nothing run during the import reads.
    """

    def __init__(self) -> None:
        self._statements: list[str] = []

    @property
    def paused(self) -> bool:
        return bool(self._statements)

    def pause(self, names: Iterable[str]) -> None:
        """Drop the named indexes (those that exist), keeping their definitions."""
        database = database_proxy.obj
        if not isinstance(database, SqliteDatabase) or self._statements:
            return
        for name in names:
            row = database.execute_sql(
                "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?", (name,)
            ).fetchone()
            if row is None or row[0] is None:
                continue
            database.execute_sql(f'DROP INDEX "{name}"')
            self._statements.append(str(row[0]))

    def resume(self) -> None:
        """Build the dropped indexes again, as they were defined."""
        database = database_proxy.obj
        for statement in self._statements:
            database.execute_sql(statement)
        self._statements = []
