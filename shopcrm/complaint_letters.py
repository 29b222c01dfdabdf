"""Apology letters queued for the letters batch (the wizard's follow-up page offers one).

A queued letter is one setting row per complaint (``apology_letter_queued:<id>`` holding the
moment it was queued), so two counters queueing at once never overwrite each other and no
table is needed. The batch (`queued_apology_recipients`) fills the ``apology`` template from
that complaint; once the letter is logged (`shopcrm.letters.batch.log_letters`), it leaves the
queue.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass

from shopcrm import audit, settings
from shopcrm.db import database_proxy, rows_of
from shopcrm.errors import NotFound, ValidationError
from shopcrm.letters.recipients import Recipient
from shopcrm.models import Complaint, Customer, Setting

QUEUE_PREFIX = "apology_letter_queued:"
"""Setting keys of the queue: the prefix and the complaint's id."""
APOLOGY_TEMPLATE = "apology"
"""The template a queued letter is printed with."""


@dataclass(frozen=True)
class QueuedApology:
    """An apology letter waiting for the batch: for which complaint and customer, since when."""

    complaint_id: int
    customer_id: int
    customer_no: int
    name: str
    queued_at: dt.datetime


def _key(complaint_id: int) -> str:
    return f"{QUEUE_PREFIX}{complaint_id}"


def queue_apology_letter(
    complaint_id: int, *, at: dt.datetime | None = None, actor: str | None = None
) -> bool:
    """Put an apology letter for this complaint in the letters batch.

    Args:
        complaint_id: the complaint the letter speaks of.
        at: when (default now).
        actor: who queued it, for the audit trail.

    Returns:
        True when queued now, False when it was already waiting (the first moment is kept).

    Raises:
        NotFound: ``complaint_not_found``.
        ValidationError: ``apology_letter_withdrawn`` for a withdrawn complaint.
    """
    moment = (at or dt.datetime.now()).replace(microsecond=0)
    with database_proxy.atomic():
        complaint = Complaint.get_or_none(Complaint.id == complaint_id)
        if complaint is None:
            raise NotFound("complaint_not_found", complaint_id=complaint_id)
        if complaint.state == "withdrawn":
            raise ValidationError("apology_letter_withdrawn", complaint_id=complaint_id)
        if Setting.select().where(Setting.key == _key(complaint_id)).exists():
            return False
        settings.set_setting(_key(complaint_id), moment.isoformat())
        audit.record_change(
            "update",
            "complaint",
            complaint_id,
            customer_id=complaint.customer_id,
            changes={"apology_letter_queued": moment.isoformat()},
            actor=actor,
        )
    return True


def unqueue_apology_letters(complaint_ids: Iterable[int]) -> int:
    """Take these complaints' letters out of the queue (printed, or no longer wanted).

    Returns:
        How many were waiting.
    """
    keys = [_key(complaint_id) for complaint_id in dict.fromkeys(complaint_ids)]
    if not keys:
        return 0
    return int(Setting.delete().where(Setting.key.in_(keys)).execute())


def queued_apology_letters() -> list[QueuedApology]:
    """The letters waiting, oldest first (a withdrawn complaint's letter no longer waits)."""
    queued: dict[int, dt.datetime] = {}
    for key, value in rows_of(
        Setting.select(Setting.key, Setting.value).where(Setting.key.startswith(QUEUE_PREFIX))
    ):
        number = key.removeprefix(QUEUE_PREFIX)
        if key.startswith(QUEUE_PREFIX) and number.isdigit():
            queued[int(number)] = dt.datetime.fromisoformat(json.loads(value))
    if not queued:
        return []
    rows = rows_of(
        Complaint.select(Complaint.id, Customer.id, Customer.customer_no, Customer.name)
        .join(Customer, on=(Complaint.customer == Customer.id))
        .where(Complaint.id.in_(list(queued)) & (Complaint.state != "withdrawn"))
    )
    waiting = [
        QueuedApology(complaint_id, customer_id, number, name, queued[complaint_id])
        for complaint_id, customer_id, number, name in rows
    ]
    return sorted(waiting, key=lambda letter: (letter.queued_at, letter.complaint_id))


def queued_apology_recipients() -> list[Recipient]:
    """The queue as recipients of a letters batch with the ``apology`` template: each
    letter speaks of the complaint it was queued for."""
    return [
        Recipient(letter.customer_id, letter.customer_no, complaint_id=letter.complaint_id)
        for letter in queued_apology_letters()
    ]
