"""A small scored world, built once, copied per test; and real `banso serve` processes on it.

The world is the demo's `tiny` preset (40 accounts, six months of events), loaded and scored for
four weeks up to the week before the latest, so a daily run has a week of its own to score.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from banso.workspace import Workspace
from tests.conftest import copy_of_built
from tests.service.served import ADMIN, Served


def _build_tiny(root: Path) -> None:
    from banso.appstate.auth import add_user
    from banso.demo import generate
    from banso.demo.demo_workspace import LOAD_ORDER, demo_config

    ws = Workspace.init(root, config_text=demo_config("service tests"))
    data = root / "data"
    generate(data, preset="tiny", seed=3)
    for table, name in LOAD_ORDER:
        ws.load(table, [str(data / name)], allow_unknown=(table == "events"))
    latest = ws.score().run.dates[-1]  # the week a daily run scores, then forgotten below
    ws.score(as_of=latest - timedelta(days=7), backfill_weeks=4)
    with ws.working_store() as store:
        _forget_week(store, latest)
    with ws.app_state.session() as s:
        add_user(s, *ADMIN, "admin", replace=True)
    ws.close()


def _forget_week(store: object, day: object) -> None:
    raw = store.raw  # type: ignore[attr-defined]
    raw.execute("DELETE FROM health_metric_values WHERE as_of = ?", [day])
    raw.execute("DELETE FROM health_snapshots WHERE as_of = ?", [day])


@pytest.fixture
def world(tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> Path:
    """A private copy of the tiny world below, built once for the test session (shared by its processes)."""
    return copy_of_built(tmp_path_factory, "service-tiny", _build_tiny, tmp_path / "ws")


@pytest.fixture
def serve() -> Iterator[type[Served]]:
    """Start services with `serve(root, *args)`; all are stopped at the end of the test."""
    started: list[Served] = []

    class Tracked(Served):
        def __init__(self, root: Path, *args: str, env: dict[str, str] | None = None):
            super().__init__(root, *args, env=env)
            started.append(self)

    yield Tracked
    for s in started:
        if s.proc.poll() is None:
            s.stop()
