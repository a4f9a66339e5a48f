"""Benchmark worlds, generated once and cached under bench/.cache (not committed).

`nulab` is the design scale: 15,000 accounts, 1.43 million users, ~100 million events.
Benchmarks share one generated world and one loaded workspace so each measures only its own work.

The cache is keyed by a fingerprint of the generator's source, so a changed generator never hands
a benchmark a stale world, and guarded by a file lock, so benchmarks started at the same time wait
for one generation instead of writing the same folder twice.
"""

from __future__ import annotations

import fcntl
import hashlib
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

CACHE = Path(__file__).resolve().parent / ".cache"
SEED = 1
GENERATOR = Path(__file__).resolve().parent.parent / "banso" / "demo"


def fingerprint() -> str:
    """A short hash of the generator's source files: the world they make for a given seed."""
    digest = hashlib.sha256()
    for path in sorted(GENERATOR.glob("*.py")):
        if path.name != "demo_workspace.py":
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


@contextmanager
def _locked(name: str) -> Iterator[None]:
    CACHE.mkdir(parents=True, exist_ok=True)
    with open(CACHE / f".{name}.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _drop_stale(preset: str, current: str) -> None:
    """Remove cached worlds and workspaces of `preset` made by another generator (they are GBs)."""
    for old in CACHE.glob(f"{preset}-*"):
        if old.is_dir() and not old.name.endswith(f"-{current}"):
            shutil.rmtree(old, ignore_errors=True)


def world(preset: str = "nulab") -> Path:
    """The generated exports of `preset` (generated on first use)."""
    current = fingerprint()
    out = CACHE / f"{preset}-seed{SEED}-{current}"
    done = out / ".complete"
    with _locked(f"{preset}-world"):
        if not done.exists():
            from banso.demo import generate

            _drop_stale(preset, current)
            if out.exists():
                shutil.rmtree(out)
            print(f"generating the {preset} world into {out} (once)…", file=sys.stderr)
            generate(out, preset=preset, seed=SEED)
            done.touch()
    return out


def loaded_workspace(preset: str = "nulab") -> Path:
    """A workspace holding `preset` loaded (built on first use); scored by later benchmarks."""
    from banso.demo.demo_workspace import LOAD_ORDER, demo_config
    from banso.workspace import Workspace

    data = world(preset)
    root = CACHE / f"{preset}-workspace-{data.name.rsplit('-', 1)[1]}"
    done = root / ".loaded"
    with _locked(f"{preset}-workspace"):
        if not done.exists():
            if root.exists():
                shutil.rmtree(root)
            print(f"loading the {preset} world into {root} (once)…", file=sys.stderr)
            with Workspace.init(root, config_text=demo_config()) as ws:
                for table, name in LOAD_ORDER:
                    ws.load(table, [str(data / name)], allow_unknown=(table == "events"))
            done.touch()
    return root
