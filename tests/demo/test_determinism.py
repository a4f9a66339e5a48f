"""Same seed, same bytes: every file of a world is a pure function of the arguments."""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import os
from pathlib import Path

import pytest

import banso.demo
from banso.demo import PRESETS, generate, parts

from .conftest import World


def digests(root: Path) -> dict[str, str]:
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def test_public_surface() -> None:
    assert sorted(banso.demo.__all__) == ["PRESETS", "Preset", "WorldSummary", "generate"]
    assert {"tiny", "town", "nulab"} <= set(PRESETS)


def test_same_seed_gives_identical_files(tiny: World, tmp_path: Path) -> None:
    again = generate(tmp_path / "again", preset="tiny", seed=0)
    assert digests(tmp_path / "again") == digests(tiny.root)
    assert (again.accounts, again.users, again.events) == (
        tiny.summary.accounts,
        tiny.summary.users,
        tiny.summary.events,
    )


def test_another_seed_gives_another_world(tiny: World, tmp_path: Path) -> None:
    generate(tmp_path / "other", preset="tiny", seed=1)
    mine, other = digests(tiny.root), digests(tmp_path / "other")
    assert mine.keys() == other.keys()
    assert all(mine[name] != other[name] for name in mine)


def test_summary_lists_every_file_written(tiny: World) -> None:
    on_disk = {p for p in tiny.root.rglob("*") if p.is_file()}
    assert set(tiny.summary.paths) == on_disk
    assert tiny.summary.accounts == PRESETS["tiny"].accounts
    assert tiny.summary.end.isoformat() == "2026-11-16"


def test_progress_is_reported_per_stage(tmp_path: Path) -> None:
    seen: list[tuple[str, float]] = []
    generate(tmp_path, preset="tiny", seed=0, accounts=5, months=2, progress=lambda s, f: seen.append((s, f)))
    assert all(0.0 <= fraction <= 1.0 for _, fraction in seen)
    assert seen[-1] == ("events", 1.0)
    assert {"accounts", "people", "tables", "events"} <= {stage for stage, _ in seen}


def test_regenerating_into_the_same_folder_drops_stale_parts(tmp_path: Path) -> None:
    stale = tmp_path / "events" / "part-00042.parquet"
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"old")
    generate(tmp_path, preset="tiny", seed=0, accounts=5, months=2)
    assert not stale.exists()


frozen_at_fork: list[int] = []
os.register_at_fork(before=lambda: frozen_at_fork.append(gc.get_freeze_count()))


def test_worker_processes_write_the_same_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Parts have their own random streams, so drawing them in parallel changes nothing."""
    small_parts = dataclasses.replace(PRESETS["town"], part_events=20_000)
    monkeypatch.setitem(PRESETS, "town", small_parts)
    monkeypatch.setattr(parts, "PARALLEL_FROM_EVENTS", float("inf"))
    generate(tmp_path / "serial", preset="town", seed=5, accounts=60, months=3)
    monkeypatch.setattr(parts, "PARALLEL_FROM_EVENTS", 0)
    frozen_at_fork.clear()
    generate(tmp_path / "parallel", preset="town", seed=5, accounts=60, months=3)
    # Workers are forked from this process, which holds other tests' threads and garbage: each fork
    # happens with everything frozen, so no child frees what a thread it lost was using.
    assert frozen_at_fork and all(n > 0 for n in frozen_at_fork)
    assert gc.get_freeze_count() == 0, "the parent's objects are collected again afterwards"
    serial = digests(tmp_path / "serial")
    assert len([name for name in serial if name.startswith("events/")]) >= 3
    assert digests(tmp_path / "parallel") == serial
