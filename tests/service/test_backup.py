"""`banso backup` through a running service, and a restore: the copy opens as the same workspace."""

from __future__ import annotations

import shutil
import stat
from pathlib import Path

from banso.workspace import Workspace
from tests.service.served import ADMIN, Served, banso


def test_backup_while_serving_then_restore(world: Path, serve: type[Served]) -> None:
    service = serve(world, "--no-schedule").wait_ready()
    copy = world.parent / "backups" / "monday"
    done = banso("backup", str(copy), "-w", str(world))
    assert done.returncode == 0, done.stderr
    assert "backed up" in done.stdout
    assert stat.S_IMODE((copy / "app.db").stat().st_mode) == 0o600
    assert stat.S_IMODE(copy.stat().st_mode) == 0o700
    again = banso("backup", str(copy), "-w", str(world))
    assert again.returncode == 1 and "not empty" in again.stderr and "Traceback" not in again.stderr
    jobs = [j["what"] for j in service.client().get("/api/jobs", params={"kind": "command"}).json()]
    assert any(w.startswith("banso backup") for w in jobs)
    assert service.stop() == 0

    # Restore: the backup's files in place of a workspace's (here, a new folder).
    restored = world.parent / "restored"
    shutil.copytree(copy, restored)
    expected = banso("scores", "--format", "json", "-w", str(world))
    got = banso("scores", "--format", "json", "-w", str(restored))
    assert got.returncode == 0 and got.stdout == expected.stdout
    with Workspace.open(world) as a, Workspace.open(restored) as b:
        assert a.status().counts == b.status().counts
        assert b.find_user(ADMIN[0]) is not None
