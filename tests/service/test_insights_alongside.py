"""Insights and the explore reports while `banso serve` runs: handed to the service, the same answers as alone."""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path

from tests.service.served import Served, banso

COMMANDS = [
    ["insight", "trend", "--measure", "events", "--format", "json"],
    ["insight", "retention", "--period", "month", "--format", "json"],
    ["report", "kpi-tree", "--format", "json"],
    ["okr", "show", "--by", "tier"],
]


def test_insights_give_the_same_result_through_the_service(world: Path, serve: type[Served]) -> None:
    alone = world.parent / "alone"
    shutil.copytree(world, alone)
    expected = [banso(*args, "-w", str(alone), cwd=alone) for args in COMMANDS]
    assert [done.returncode for done in expected] == [0] * len(COMMANDS), [done.stderr for done in expected]

    service = serve(world, "--no-schedule").wait_ready()
    for args, want in zip(COMMANDS, expected, strict=True):
        have = banso(*args, "-w", str(world), cwd=world)
        differs = "".join(difflib.unified_diff(want.stdout.splitlines(True), have.stdout.splitlines(True),
                                               "alone", "through the service", n=2))
        assert (have.returncode, have.stdout) == (0, want.stdout), f"banso {' '.join(args)}: {have.stderr}\n{differs}"
    jobs = {j["what"] for j in service.client().get("/api/jobs", params={"kind": "command"}).json()}
    assert {" ".join(["banso", *args, "-w", str(world)]) for args in COMMANDS} <= jobs
    assert service.stop() == 0
