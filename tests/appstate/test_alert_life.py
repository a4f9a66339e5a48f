"""An alert's life in the application state: open → acknowledged → snoozed → resolved, each change kept with
who made it, and the refusals that say why (on an in-memory SQLite database)."""

from __future__ import annotations

from datetime import date

import pytest

from banso.appstate import AppState
from banso.appstate.alerts import Alert, AlertError, acknowledge, history, listing, resolve, snooze
from banso.errors import NotFoundError

TODAY = date(2026, 11, 16)


def alert(s: object, account: str, priority: float, rule: str = "usage_drop") -> int:
    a = Alert(rule=rule, account_id=account, as_of=TODAY, severity="high", route="human", status="open",
              owner="佐藤", account_name=account, mrr=1000.0, priority=priority, reason_ja="利用減", reason_en="usage drop")
    s.add(a)  # type: ignore[attr-defined]
    s.flush()  # type: ignore[attr-defined]
    return a.id


@pytest.fixture
def app() -> AppState:
    return AppState("sqlite://")


def test_an_alert_lives_through_its_states_and_keeps_its_history(app: AppState) -> None:
    with app.session() as s:
        a1 = alert(s, "A1", 10.0)
    with app.session() as s:
        with pytest.raises(AlertError, match="needs a comment"):
            acknowledge(s, a1, "   ")
        acknowledge(s, a1, " call booked ", by="aiko")
        with pytest.raises(AlertError, match="later date"):
            snooze(s, a1, TODAY, TODAY)
        snooze(s, a1, date(2026, 11, 30), TODAY, "on holiday", by="aiko")
        resolve(s, a1, "renewed", by="ben")
        with pytest.raises(AlertError, match="already resolved"):
            resolve(s, a1)
        steps = [(e.action, e.by, e.comment) for e in history(s, a1)]
    assert steps == [("acknowledged", "aiko", "call booked"), ("snoozed", "aiko", "until 2026-11-30: on holiday"),
                     ("resolved", "ben", "renewed")]
    with app.session() as s, pytest.raises(NotFoundError, match="no alert #999"):
        acknowledge(s, 999, "x")


def test_a_snooze_that_ran_out_counts_as_open_and_the_listing_goes_by_priority(app: AppState) -> None:
    with app.session() as s:
        low, high, later = alert(s, "A1", 1.0), alert(s, "A2", 50.0), alert(s, "A3", 20.0)
        snooze(s, later, date(2026, 11, 20), TODAY)
    with app.session() as s:
        assert [a.id for a in listing(s, today=TODAY, statuses=("open",))] == [high, low]
        assert [a.id for a in listing(s, today=date(2026, 11, 20), statuses=("open",))] == [high, later, low]
        assert [a.id for a in listing(s, today=TODAY, statuses=("open",), account_id="A1")] == [low]
