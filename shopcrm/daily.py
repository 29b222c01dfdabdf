"""Once-a-day upkeep: points that expired, grades that fell as the 12-month window moved."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from shopcrm import ladder, points, settings


@dataclass(frozen=True)
class DailyResult:
    ran: bool
    points_expired: int = 0
    grades_changed: int = 0


def run_daily_upkeep(today: dt.date | None = None) -> DailyResult:
    """Expire due points and refresh grades, at most once per day.

    Returns:
        What was done (``ran`` is False when it had already run today).
    """
    today = today or dt.date.today()
    if settings.get_setting("daily_upkeep_on") == today.isoformat():
        return DailyResult(ran=False)
    expired = points.expire_due_points(today)
    changed = ladder.refresh_grades(today)
    settings.set_setting("daily_upkeep_on", today.isoformat())
    return DailyResult(ran=True, points_expired=expired, grades_changed=changed)
