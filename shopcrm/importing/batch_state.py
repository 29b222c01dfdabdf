"""What the parts of one import's writer share: the batch, its clock, its counts, the staff
found or added, and the file's own customer numbers seen so far."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property

from shopcrm.db import rows_of
from shopcrm.importing.report import ProblemLog
from shopcrm.models import Staff
from shopcrm.staff import add_staff

DUPLICATE_MODES: tuple[str, ...] = ("skip", "fill", "overwrite")
"""What to do with a row of a customer already known (default ``fill``)."""

MEMO_MODES: tuple[str, ...] = ("keep", "append", "replace")
"""What a known customer's memo does with the row's memo (default ``append``)."""

MAX_SKIPPED_ROWS = 200
"""How many skipped rows the report names (the count is always whole)."""


@dataclass
class BatchState:
    """One import batch as its writer's parts see it."""

    batch_id: int
    mode: str
    today: dt.date
    own_export: bool
    log: ProblemLog
    actor: str | None = None
    memo: str = "append"
    now: dt.datetime = field(default_factory=lambda: dt.datetime.now().replace(microsecond=0))
    created: int = 0
    updated: int = 0
    skipped: int = 0
    referrals_made: int = 0
    restored: list[int] = field(default_factory=list)
    """Numbers of the cards taken out of the trash because a row matched them."""
    skipped_rows: list[int] = field(default_factory=list)
    """The first `MAX_SKIPPED_ROWS` rows skipped, for the report to name them."""
    staff_created: list[str] = field(default_factory=list)
    file_numbers: dict[str, int] = field(default_factory=dict)
    """The file's own numbers that do not show in the database: ShopCRM's export renumbered,
    numbers of rows merged into an earlier one, numbers of rows that matched a stored customer."""
    _staff: dict[str, int] | None = field(default=None, init=False, repr=False)

    def skip(self, row: int) -> None:
        """Count a row of a known customer that changed nothing."""
        self.skipped += 1
        if len(self.skipped_rows) < MAX_SKIPPED_ROWS:
            self.skipped_rows.append(row)

    @property
    def fill(self) -> bool:
        """``fill`` mode: only empty fields take the file's values."""
        return self.mode == "fill"

    @cached_property
    def stamp(self) -> str:
        """`now` as the database stores it (what bulk writes put in created_at)."""
        return self.now.isoformat(sep=" ")

    def staff_id(self, name: str | None) -> int | None:
        """The staff member a row names, added when the shop has none of that name."""
        if not name:
            return None
        if self._staff is None:
            self._staff = {
                staff_name.strip().lower(): staff_id
                for staff_id, staff_name in rows_of(
                    Staff.select(Staff.id, Staff.name).where(Staff.active)
                )
            }
        key = name.strip().lower()
        if key not in self._staff:
            self._staff[key] = add_staff(name, actor=self.actor)
            self.staff_created.append(name)
        return self._staff[key]
