"""A greeting records how she was greeted, and can be un-marked (a letter saved, not mailed)."""

from __future__ import annotations

import datetime as dt

import pytest
from peewee import Database

from shopcrm.agenda import (
    GREETING_CHANNELS,
    agenda,
    greeting_channel,
    record_greeting,
    unmark_greeting,
)
from shopcrm.anniversaries import AnniversaryInput, add_anniversary
from shopcrm.customers import CustomerInput, create_customer
from shopcrm.errors import ValidationError
from shopcrm.letters.batch import SENT_RECENTLY, log_letters, plan_letters
from shopcrm.letters.recipients import recipients_from_agenda
from shopcrm.letters.templates import get_template
from shopcrm.models import AuditEntry, Interaction, Letter
from tests.helpers.letters_helpers import open_shop

BIRTHDAY = dt.date(2026, 11, 23)


@pytest.fixture
def minsu(db: Database) -> int:
    open_shop()
    customer_id = create_customer(CustomerInput(name="김민수", marketing_consent=True))
    add_anniversary(customer_id, AnniversaryInput("birthday", 11, 23, 1985))
    return customer_id


def birthday_entry():  # type: ignore[no-untyped-def]
    return agenda(BIRTHDAY, BIRTHDAY)[0]


@pytest.mark.parametrize("channel", GREETING_CHANNELS)
def test_how_she_was_greeted_is_recorded(minsu: int, channel: str) -> None:
    entry = birthday_entry()
    greeting = record_greeting(minsu, entry.anniversary_id, entry.date, channel=channel)
    assert greeting_channel(Interaction.get_by_id(greeting).kind) == channel
    assert birthday_entry().greeted


def test_an_unknown_way_of_greeting_is_refused(minsu: int) -> None:
    entry = birthday_entry()
    with pytest.raises(ValidationError) as refused:
        record_greeting(minsu, entry.anniversary_id, entry.date, channel="pigeon")
    assert refused.value.code == "unknown_greeting_channel"
    assert not birthday_entry().greeted


def test_a_greeting_can_be_unmarked(minsu: int) -> None:
    entry = birthday_entry()
    record_greeting(minsu, entry.anniversary_id, entry.date, channel="call")
    assert unmark_greeting(minsu, entry.anniversary_id, entry.date) == 1
    assert not birthday_entry().greeted
    assert AuditEntry.select().where(AuditEntry.action == "delete").count() == 1
    assert unmark_greeting(minsu, entry.anniversary_id, entry.date) == 0


def test_unmarking_a_saved_letter_lets_it_be_sent_again(minsu: int) -> None:
    template = get_template("birthday")
    recipients = recipients_from_agenda([birthday_entry()])
    plan = plan_letters(template, recipients, letter_date=dt.date(2026, 11, 20))
    log_letters(template, plan.letters(), file_path=None, printed_at=dt.datetime(2026, 11, 20, 10))
    assert birthday_entry().greeted
    again = plan_letters(template, recipients, letter_date=dt.date(2026, 11, 20))
    assert [r.code for c in again.left_out() for r in c.reasons] == [SENT_RECENTLY]
    entry = birthday_entry()
    assert unmark_greeting(minsu, entry.anniversary_id, entry.date) == 1
    assert not birthday_entry().greeted
    assert Letter.select().count() == 0 and Interaction.select().count() == 0
    after = plan_letters(template, recipients, letter_date=dt.date(2026, 11, 20))
    assert after.left_out() == [] and len(after.letters()) == 1
