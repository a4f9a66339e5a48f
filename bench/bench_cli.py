"""How fast the command line starts: `banso --help` and `banso status` on the demo workspace.

Every command pays its start before it does anything, so the CLI imports what a command needs when
it runs. Each figure is the median of several runs of a fresh process; the reference is a bare
`python -c pass` measured in the same run (what any Python command costs to start here).

    python -m bench.bench_cli
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.common import Goal, Result
from bench.worlds import CACHE

RUNS = 7
BANSO = str(Path(sys.executable).with_name("banso"))


def _median(command: list[str]) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    demo = CACHE / "cli-demo"
    if not (demo / "banso.yaml").exists():
        subprocess.run([BANSO, "demo", str(demo), "--force"], check=True, stdout=subprocess.DEVNULL)
    python = _median([sys.executable, "-c", "pass"])
    help_s = _median([BANSO, "--help"])
    status_s = _median([BANSO, "status", "-w", str(demo)])
    result = Result("cli", figures={
        "runs": RUNS, "python_start_seconds": round(python, 3), "help_seconds": round(help_s, 3),
        "status_seconds": round(status_s, 3), "help_over_python": round(help_s / python, 1),
    }, goals=[Goal("help_seconds", "<", 0.3), Goal("status_seconds", "<", 1.0)])
    result.notes.append("status reads the town demo workspace (banso demo); medians of fresh processes")
    result.write()


if __name__ == "__main__":
    main()
