"""The complaint settings: limits, categories and the wizard's suggested words, all checked."""

from __future__ import annotations

import pytest
from peewee import Database

from shopcrm import complaints
from shopcrm.errors import SettingsRefused
from shopcrm.settings import check_settings, get_setting, save_settings
from shopcrm.vocabulary import KOREAN, describe_error


def test_a_new_shop_may_give_10000_won_or_1000_points_on_the_spot(db: Database) -> None:
    assert get_setting("complaint_limit_won") == 10_000
    assert get_setting("complaint_limit_points") == 1_000
    assert complaints.complaint_categories() == list(complaints.DEFAULT_CATEGORIES)


@pytest.mark.parametrize(
    ("values", "code"),
    [
        ({"complaint_limit_won": -1}, "complaint_limit_out_of_range"),
        ({"complaint_limit_points": "많이"}, "setting_not_a_whole_number"),
        ({"complaint_categories": []}, "complaint_categories_empty"),
        ({"complaint_categories": ["위생", "hygiene"]}, "complaint_category_duplicate"),
        ({"complaint_prompts": {"weather": "맑음"}}, "invalid_complaint_prompts"),
    ],
)
def test_a_bad_complaint_setting_is_refused_worded(
    db: Database, values: dict[str, object], code: str
) -> None:
    refused = check_settings(values)
    [(key, error)] = refused.items()
    assert key in values and error.code == code
    assert "{" not in describe_error(error, KOREAN)
    with pytest.raises(SettingsRefused):
        save_settings(values)


def test_the_shops_own_words_replace_the_suggested_ones_page_by_page(db: Database) -> None:
    default = complaints.step_prompts(KOREAN)
    assert set(default) == {"listen", "apologise", "resolve", "follow_up", "close"}
    assert "공감" in default["listen"]
    save_settings(
        {"complaint_prompts": {"apologise": "  먼저 고개 숙여 사과드리기  ", "close": ""}}
    )
    mine = complaints.step_prompts(KOREAN)
    assert mine["apologise"] == "먼저 고개 숙여 사과드리기"
    assert mine["close"] == default["close"] and mine["listen"] == default["listen"]
