"""Who gets a letter: the care rules, missing values, and the log on the customer's card."""

from __future__ import annotations

import datetime as dt

import pytest
from peewee import Database

from shopcrm import settings
from shopcrm.agenda import agenda
from shopcrm.anniversaries import AnniversaryInput, add_anniversary
from shopcrm.letters.batch import (
    MISSING_OCCASION,
    MISSING_VALUE,
    NO_CONSENT,
    NOT_FOUND,
    SENT_RECENTLY,
    LetterPlan,
    log_letters,
    plan_letters,
)
from shopcrm.letters.recipients import (
    recipients_from_agenda,
    recipients_from_ids,
    recipients_from_numbers,
)
from shopcrm.letters.templates import TemplateText, get_template
from shopcrm.models import Customer, Interaction, Letter
from shopcrm.referrals import record_referral
from tests.helpers.letters_helpers import customer, open_shop
from tests.helpers.shop_helpers import buy

DAY = dt.date(2026, 11, 23)


def reasons(plan: LetterPlan, include: bool = False) -> dict[str, list[str]]:
    return {
        c.name or str(c.customer_no): [r.code for r in c.reasons] for c in plan.left_out(include)
    }


def names(plan: LetterPlan, include: object = ()) -> list[str]:
    return [letter.name for letter in plan.letters(include)]  # type: ignore[arg-type]


def test_a_marketing_letter_leaves_out_customers_without_consent_unless_included(
    db: Database,
) -> None:
    open_shop()
    ids = [customer("김민수"), customer("이서연", consent=False), customer("박지훈")]
    plan = plan_letters("vip_invite", recipients_from_ids(ids), letter_date=DAY)
    assert names(plan) == ["김민수", "박지훈"]
    assert reasons(plan) == {"이서연": [NO_CONSENT]}
    assert plan.overridable_ids() == [ids[1]]
    assert names(plan, [ids[1]]) == ["김민수", "이서연", "박지훈"]
    assert names(plan, True) == ["김민수", "이서연", "박지훈"]
    assert plan.left_out(True) == []


def test_a_letter_that_is_not_marketing_goes_without_consent(db: Database) -> None:
    open_shop()
    ids = [customer("김민수", consent=False)]
    assert names(plan_letters("thank_you", recipients_from_ids(ids), letter_date=DAY)) == ["김민수"]


def test_the_same_template_within_n_days_is_left_out_unless_included(db: Database) -> None:
    open_shop()
    minsu, seoyeon = customer("김민수"), customer("이서연")
    first = plan_letters("thank_you", recipients_from_ids([minsu]), letter_date=DAY)
    log_letters(
        first.template,
        first.letters(),
        file_path=None,
        printed_at=dt.datetime(2026, 11, 1, 10, 0),
    )
    plan = plan_letters("thank_you", recipients_from_ids([minsu, seoyeon]), letter_date=DAY)
    assert names(plan) == ["이서연"]
    (left,) = plan.left_out()
    assert [(r.code, dict(r.fields)) for r in left.reasons] == [
        (SENT_RECENTLY, {"date": dt.date(2026, 11, 1), "days": 30})
    ]
    assert names(plan, True) == ["김민수", "이서연"]
    # another template is no repeat; and after 30 days the same one is welcome again
    other = plan_letters("apology", recipients_from_ids([minsu]), letter_date=DAY)
    assert names(other) == ["김민수"]
    later = plan_letters(
        "thank_you", recipients_from_ids([minsu]), letter_date=dt.date(2026, 12, 2)
    )
    assert names(later) == ["김민수"]


def test_the_repeat_window_is_the_shops_setting(db: Database) -> None:
    open_shop()
    minsu = customer("김민수")
    plan = plan_letters("thank_you", recipients_from_ids([minsu]), letter_date=DAY)
    log_letters(plan.template, plan.letters(), file_path=None, printed_at=dt.datetime(2026, 10, 1))
    assert names(plan_letters("thank_you", recipients_from_ids([minsu]), letter_date=DAY))
    settings.set_setting("letter_repeat_days", 60)
    assert not names(plan_letters("thank_you", recipients_from_ids([minsu]), letter_date=DAY))


def test_a_missing_value_leaves_a_customer_out_even_when_included(db: Database) -> None:
    open_shop()
    friend, lone = customer("최유진"), customer("정하늘")
    record_referral(customer("김민수"), friend, on=DAY)
    plan = plan_letters("referral_friend", recipients_from_ids([friend, lone]), letter_date=DAY)
    assert names(plan, True) == ["최유진"]
    (left,) = plan.left_out(True)
    assert left.name == "정하늘"
    assert [(r.code, dict(r.fields)) for r in left.reasons] == [
        (MISSING_VALUE, {"placeholder": "소개한고객"})
    ]
    assert not left.overridable
    assert "김민수 님의 소개로" in plan.letters()[0].paragraphs[1]


def test_values_come_from_the_card_and_the_shop(db: Database) -> None:
    open_shop()
    settings.set_setting("points_expiry_months", 0)  # kept whatever the clock says
    minsu = customer("김민수")
    buy(minsu, 32_000, dt.date(2026, 11, 2))
    template = TemplateText(
        key="",
        title="시험",
        salutation="{이름} {호칭}께",
        body="{마지막구매일}에 {마지막구매}. {포인트|없음} / {가게명} {가게전화} {대표자}",
        closing="{고객번호}번 {오늘}",
        is_marketing=False,
    )
    (letter,) = plan_letters(template, recipients_from_ids([minsu]), letter_date=DAY).letters()
    assert letter.salutation == "김민수 고객님께"
    assert letter.paragraphs == (
        "2026년 11월 2일에 소금빵 세트. 960P / 달빛 베이커리 02-336-1204 박서연",
    )
    assert letter.closing == f"{Customer.get_by_id(minsu).customer_no}번 2026년 11월 23일"


def test_a_shop_may_address_its_customers_otherwise(db: Database) -> None:
    open_shop()
    settings.set_setting("letter_honorific", "회원님")
    plan = plan_letters("thank_you", recipients_from_ids([customer("김민수")]), letter_date=DAY)
    assert plan.letters()[0].salutation == "김민수 회원님께"


def test_an_unknown_customer_number_is_left_out_with_that_reason(db: Database) -> None:
    open_shop()
    minsu = customer("김민수")
    number = Customer.get_by_id(minsu).customer_no
    plan = plan_letters(
        "thank_you", recipients_from_numbers([number, 999, number]), letter_date=DAY
    )
    assert names(plan, True) == ["김민수"]
    (left,) = plan.left_out(True)
    assert (left.customer_no, [r.code for r in left.reasons]) == (999, [NOT_FOUND])


def test_a_birthday_letter_names_the_birthday_chosen_in_the_agenda(db: Database) -> None:
    open_shop()
    minsu, seoyeon = customer("김민수"), customer("이서연")
    add_anniversary(minsu, AnniversaryInput("birthday", 12, 1, 1985))
    add_anniversary(seoyeon, AnniversaryInput("wedding", 12, 3, 2016))
    add_anniversary(seoyeon, AnniversaryInput("birthday", 3, 5, 1990))
    entries = agenda(dt.date(2026, 11, 30), dt.date(2026, 12, 6))
    plan = plan_letters("birthday", recipients_from_agenda(entries), letter_date=DAY)
    (letter,) = plan.letters(True)
    assert letter.paragraphs[0].startswith("12월 1일, 고객님의 생일을")
    assert reasons(plan, True) == {"이서연": [MISSING_OCCASION]}
    chosen_from_the_list = plan_letters("birthday", recipients_from_ids([seoyeon]), letter_date=DAY)
    assert chosen_from_the_list.letters()[0].paragraphs[0].startswith("3월 5일,")


def test_an_anniversary_letter_says_which_day_and_how_many_years(db: Database) -> None:
    open_shop()
    seoyeon = customer("이서연")
    add_anniversary(seoyeon, AnniversaryInput("wedding", 12, 3, 2016))
    template = TemplateText(
        "", "결혼", "{고객명} {호칭}께", "{기념일} {주년} ({기념일날짜})", "", True
    )
    (letter,) = plan_letters(template, recipients_from_ids([seoyeon]), letter_date=DAY).letters()
    assert letter.paragraphs == ("결혼기념일 10주년 (12월 3일)",)


def test_printed_letters_are_logged_and_greet_the_occasion(db: Database) -> None:
    open_shop()
    minsu = customer("김민수")
    add_anniversary(minsu, AnniversaryInput("birthday", 12, 1, 1985))
    day = dt.date(2026, 12, 1)
    entries = agenda(day, day)
    assert [e.greeted for e in entries] == [False]
    plan = plan_letters("birthday", recipients_from_agenda(entries), letter_date=DAY)
    batch = log_letters(plan.template, plan.letters(), file_path=None)
    (stored,) = Letter.select().where(Letter.customer == minsu)
    assert (stored.template_key, stored.occurrence_on, stored.batch) == ("birthday", day, batch)
    (logged,) = Interaction.select().where(
        (Interaction.customer == minsu) & (Interaction.kind == "letter")
    )
    assert logged.letter_id == stored.id
    assert logged.note == "생일 축하 편지"
    assert [e.greeted for e in agenda(day, day)] == [True]


def test_a_thousand_letters_are_logged_in_one_go(db: Database) -> None:
    open_shop()
    ids = [customer(f"고객{i}") for i in range(120)]
    plan = plan_letters("thank_you", recipients_from_ids(ids), letter_date=DAY)
    log_letters(plan.template, plan.letters(), file_path=None)
    assert Letter.select().count() == 120
    assert Interaction.select().where(Interaction.kind == "letter").count() == 120
    assert {row.customer_id for row in Letter.select()} == set(ids)


@pytest.mark.parametrize("key", ["thank_you", "vip_invite", "we_miss_you", "apology"])
def test_the_built_in_templates_fill_without_braces(db: Database, key: str) -> None:
    open_shop()
    minsu = customer("김민수")
    buy(minsu, 50_000, dt.date(2026, 8, 3))
    plan = plan_letters(key, recipients_from_ids([minsu]), letter_date=DAY)
    (letter,) = plan.letters()
    text = "\n".join([letter.salutation, *letter.paragraphs, letter.closing])
    assert "{" not in text and "}" not in text
    assert get_template(key).title
