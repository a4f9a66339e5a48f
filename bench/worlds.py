"""Benchmark worlds, generated once and cached under bench/.cache (not committed).

`nulab` is the design scale: 15,000 accounts, 1.43 million users, ~100 million events.
Benchmarks share one generated world and one loaded workspace so each measures only its own work.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

CACHE = Path(__file__).resolve().parent / ".cache"
SEED = 1


def world(preset: str = "nulab") -> Path:
    """The generated exports of `preset` (generated on first use)."""
    out = CACHE / f"{preset}-seed{SEED}"
    done = out / ".complete"
    if not done.exists():
        from banso.demo import generate

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
    root = CACHE / f"{preset}-workspace"
    done = root / ".loaded"
    if not done.exists():
        if root.exists():
            shutil.rmtree(root)
        print(f"loading the {preset} world into {root} (once)…", file=sys.stderr)
        with Workspace.init(root, config_text=demo_config()) as ws:
            for table, name in LOAD_ORDER:
                ws.load(table, [str(data / name)], allow_unknown=(table == "events"))
        done.touch()
    return root
