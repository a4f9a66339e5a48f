"""A replayed score uses only what was known at its date: events after it change nothing."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from banso.health.engine import ActiveModel
from banso.health.read import snapshots
from banso.workspace import Workspace
from tests.signals.test_indicators import AS_OF, world  # noqa: F401 - the literal world fixture


def scores_at(ws: Workspace, day: date) -> dict[str, float | None]:
    t = snapshots(ws.store, ActiveModel.current(ws.config).version)
    df = ws.store.execute(t.filter(t.as_of == day).select("account_id", "score"))
    return {a: (None if s != s else round(float(s), 9)) for a, s in zip(df["account_id"], df["score"], strict=True)}


def test_future_events_do_not_change_a_replayed_score(world: Workspace, tmp_path: Path) -> None:  # noqa: F811
    world.score(as_of=AS_OF)
    before = scores_at(world, AS_OF)
    assert before and any(v is not None for v in before.values())
    # A burst of activity after the date: every account suddenly busy, the quiet one included.
    rows = ["event_id,ts,user_id,account_id,event"]
    for i in range(300):
        day = AS_OF + timedelta(days=i % 20)
        for user, account in (("q1", "QUIET"), ("d1", "DROP"), ("c1", "CHAMP")):
            rows.append(f"future{i}{user},{day.isoformat()}T10:00:00+09:00,{user},{account},issue_created")
    (tmp_path / "future.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    world.load("events", [str(tmp_path / "future.csv")])
    world.score(as_of=AS_OF)  # replay the same date with the future now in the store
    assert scores_at(world, AS_OF) == before
    world.score(as_of=AS_OF + timedelta(days=14))
    after = scores_at(world, AS_OF + timedelta(days=14))
    assert after["QUIET"] != before["QUIET"], "the later date does see the new events"
