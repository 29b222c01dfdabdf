"""Writing an import: each row is a stored customer, an earlier row of the file, or new.

Rows arrive one by one and are written a chunk at a time inside the import's transaction, so
memory stays bounded however long the file is. For each chunk the stored customers the rows
may be (before the import or from an earlier chunk) are looked up in bulk, and each row is
judged by the one "same customer" rule (`shopcrm.matching`), in the order the preview uses:
a stored customer first (`updating`: ``skip``, ``fill`` only empty fields, or
``overwrite``; the last visit keeps the newest, the memo follows ``keep``, ``append`` or
``replace``), then an earlier new row of the same chunk (merged into it), else a new
customer (`creating`, in bulk). The 추천인 cells are recorded at the end (`referrers`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from peewee import fn

from shopcrm.errors import ValidationError
from shopcrm.importing.batch_state import DUPLICATE_MODES, MEMO_MODES, BatchState
from shopcrm.importing.creating import NewCustomers, customer_number
from shopcrm.importing.matching import RowJudge, identity_of, stored_by_number, stored_customers
from shopcrm.importing.referrers import Referrers
from shopcrm.importing.report import ProblemLog
from shopcrm.importing.rows import ImportRecord
from shopcrm.importing.updating import KnownCustomers
from shopcrm.models import (
    Anniversary,
    AuditEntry,
    Interaction,
    Letter,
    PointEntry,
    Purchase,
    Referral,
    StageChange,
)

__all__ = [
    "CHUNK_ROWS",
    "DUPLICATE_MODES",
    "MARKED_MODELS",
    "MEMO_MODES",
    "BatchWriter",
    "table_marks",
]

CHUNK_ROWS = 1000
MARKED_MODELS: dict[str, Any] = {
    "purchase": Purchase,
    "point_entry": PointEntry,
    "anniversary": Anniversary,
    "referral": Referral,
    "stage_change": StageChange,
    "interaction": Interaction,
    "letter": Letter,
    "audit_entry": AuditEntry,
}
"""The tables whose highest id an import notes before and after (for ``--undo``)."""


def table_marks() -> dict[str, int]:
    """The highest id of each marked table now."""
    return {
        name: int(model.select(fn.MAX(model.id)).scalar() or 0)
        for name, model in MARKED_MODELS.items()
    }


class BatchWriter:
    """Writes the rows of one import batch; call `add` per row, then `finish`."""

    def __init__(
        self,
        batch_id: int,
        *,
        mode: str,
        today: dt.date,
        own_export: bool,
        log: ProblemLog,
        actor: str | None = None,
        memo: str = "append",
    ) -> None:
        if mode not in DUPLICATE_MODES:
            raise ValidationError("invalid_duplicate_mode", value=mode)
        if memo not in MEMO_MODES:
            raise ValidationError("invalid_memo_mode", value=memo)
        self.state = BatchState(batch_id, mode, today, own_export, log, actor, memo)
        self.new = NewCustomers(self.state)
        self.known = KnownCustomers(self.state)
        self.referrers = Referrers(self.state)
        self.pending: list[ImportRecord] = []

    @property
    def created(self) -> int:
        return self.state.created

    @property
    def updated(self) -> int:
        return self.state.updated

    @property
    def skipped(self) -> int:
        return self.state.skipped

    @property
    def skipped_rows(self) -> list[int]:
        return self.state.skipped_rows

    @property
    def referrals_made(self) -> int:
        return self.state.referrals_made

    @property
    def restored(self) -> list[int]:
        return self.state.restored

    @property
    def staff_created(self) -> list[str]:
        return self.state.staff_created

    def add(self, record: ImportRecord) -> None:
        """Queue one row; a full chunk is written at once."""
        self.pending.append(record)
        if len(self.pending) >= CHUNK_ROWS:
            self.flush()

    def flush(self) -> None:
        """Write the queued rows."""
        records, self.pending = self.pending, []
        if not records:
            return
        state = self.state
        identities = [identity_of(record) for record in records]
        stored = stored_customers(
            identities, except_batch=state.batch_id if state.own_export else None
        )
        numbers = [customer_number(record.file_no) for record in records]
        judge: RowJudge[ImportRecord] = RowJudge(
            stored,
            own_export=state.own_export,
            numbers=stored_by_number([n for n in numbers if n], except_batch=state.batch_id)
            if state.own_export
            else None,
        )
        new: list[ImportRecord] = []
        for record, identity, number in zip(records, identities, numbers, strict=True):
            customer_id, twin = judge.judge(identity, record, number)
            if customer_id is not None:
                self.referrers.note(customer_id, record.row, record.referrer)
                self.known.update(customer_id, record)
            elif twin is not None:
                self.known.merge(twin, record)
            else:
                new.append(record)
        self._insert(new)

    def _insert(self, records: list[ImportRecord]) -> None:
        ids = self.new.write(records)
        for record, customer_id in zip(records, ids, strict=True):
            self.referrers.note(customer_id, record.row, record.referrer)

    def finish(self) -> None:
        """Write what is queued, then the referrals (every row is known by now)."""
        self.flush()
        self.referrers.finish()
        self.new.finish()
