"""From which date a snapshot's metric windows lie wholly inside the event history.

A 90-day window on a snapshot taken 8 days after the first event counts 8 days of use: every account
looks quiet and most land in Bad. That is the shape of the history, not of the customers, so the
scoring command and the reports that read early snapshots say from when the scores are whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pandas as pd

from banso.config.models import MetricSpec
from banso.store import Store

# Metrics that do not count events over their window: a look-back (days since the last event: a short
# history still finds the last event), or figures read from touchpoints, NPS or the CRM.
_NOT_EVENT_WINDOWS = frozenset({"days_since_last", "touchpoint_count", "latest_nps", "seat_utilization", "members",
                                "seats"})

# Metrics read from touchpoints: a source that may begin after the events (an NPS survey's first wave, a ticket
# system connected later), so such a metric can join the score long after the warm-up (`api.metrics_joined`).
TOUCHPOINT_KINDS = frozenset({"touchpoint_count", "latest_nps"})


@dataclass(frozen=True)
class Coverage:
    first_event: date | None  # the first local day with an event (None: no events)
    days: int  # the longest stretch of event history a metric of the model reads
    complete_from: date | None  # the first as_of whose windows all lie within the history

    def partial(self, as_of: date) -> bool:
        """Whether a snapshot at `as_of` counted over windows that start before the first event."""
        return self.complete_from is not None and as_of < self.complete_from


def history_days(specs: dict[str, MetricSpec]) -> int:
    """The longest event history the metrics need: their window (twice it for growth, which compares two)."""
    days = 0
    for spec in specs.values():
        kind, window = getattr(spec, "kind", None), getattr(spec, "window", None)
        if kind in _NOT_EVENT_WINDOWS or not isinstance(window, int):
            continue
        days = max(days, 2 * window if kind == "growth" else window)
    return days


def coverage(store: Store, specs: dict[str, MetricSpec]) -> Coverage:
    """The event history's first day and the first snapshot date whose windows it covers."""
    events = store.table("events")
    first = store.ibis.execute(events.day.min())
    days = history_days(specs)
    if first is None or pd.isna(first):
        return Coverage(None, days, None)
    first_day = pd.Timestamp(first).date()
    return Coverage(first_day, days, first_day + timedelta(days=days))
