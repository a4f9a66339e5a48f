"""Commands while `banso serve` runs: handed to the service, with the output and exit status they have alone."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from tests.service.served import BANSO, Served, banso

COMMANDS = [
    ["score"],
    ["load", "events", "data/events"],  # every id already stored: nothing new, nothing changed
    ["alerts", "run"],
    ["report", "validation", "--format", "json"],
    ["explain", "NO-SUCH-ACCOUNT"],  # an error: the same message and exit status
]


def _normal(text: str) -> str:
    """Durations differ from run to run; everything else must not."""
    return re.sub(r"\d+(\.\d+)? s\b", "N s", text)


def _run_all(root: Path, *, together: bool) -> list[tuple[int, str, str]]:
    if not together:
        out = []
        for args in COMMANDS:
            done = banso(*args, "-w", str(root), cwd=root)
            out.append((done.returncode, _normal(done.stdout), done.stderr.strip()))
        return out
    procs = [subprocess.Popen([BANSO, *args, "-w", str(root)], cwd=root, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env={"COLUMNS": "100", "PATH": "/usr/bin:/bin",
                                                                        **_env()})
             for args in COMMANDS]
    results = []
    for p in procs:
        stdout, stderr = p.communicate(timeout=600)
        results.append((p.returncode, _normal(stdout), stderr.strip()))
    return results


def _env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if k in ("PYTHONPATH", "HOME", "LANG", "USER", "TMPDIR")}


def test_commands_give_the_same_result_through_the_service(world: Path, serve: type[Served]) -> None:
    # The latest week scored and its alerts run first, so the order in which the commands run together
    # does not matter: `score` rewrites the same snapshot, `alerts run` evaluates that week again, and the
    # validation report reads an alert log that begins on the same day either way.
    assert banso("score", "-w", str(world)).returncode == 0
    assert banso("alerts", "run", "-w", str(world)).returncode == 0
    alone = world.parent / "alone"
    shutil.copytree(world, alone)
    expected = _run_all(alone, together=False)
    assert [code for code, _, _ in expected] == [0, 0, 0, 0, 1], expected
    assert "no account 'NO-SUCH-ACCOUNT'" in expected[-1][2]

    service = serve(world, "--no-schedule").wait_ready()
    got = _run_all(world, together=True)  # all at once, while the service runs
    for args, want, have in zip(COMMANDS, expected, got, strict=True):
        assert have == want, f"banso {' '.join(args)}:\nalone: {want}\nthrough the service: {have}"

    jobs = service.client().get("/api/jobs", params={"kind": "command"}).json()
    lines = sorted(j["what"] for j in jobs)
    assert lines == sorted(" ".join(["banso", *args, "-w", str(world)]) for args in COMMANDS)
    failed = [j for j in jobs if j["status"] == "failed"]
    assert len(failed) == 1 and "NO-SUCH-ACCOUNT" in failed[0]["what"] and "no account" in failed[0]["error"]
    assert service.stop() == 0
