"""Generate the nulab world (15,000 accounts, ~1.4 million users, ~100 million events) from scratch.

Goals: under 3 minutes and under 6 GiB of memory on a 2-core machine. The generator runs in a child
process (which may fork workers) so that time and memory are its own. Memory is reported two ways:
the largest single process (`peak_rss_mib(children=True)`) and the whole process tree's
proportional set size, sampled while it runs (shared pages counted once); the goal uses the larger.

    python -m bench.bench_generate [--preset nulab] [--seed 1]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench.common import Goal, Result, peak_rss_mib


def child(out: Path, preset: str, seed: int) -> None:
    """Generate into `out` and print the summary as JSON."""
    from banso.demo import generate

    start = time.perf_counter()
    summary = generate(out, preset=preset, seed=seed)
    seconds = time.perf_counter() - start
    figures = {
        "accounts": summary.accounts,
        "users": summary.users,
        "memberships": summary.memberships,
        "events": summary.events,
        "touchpoints": summary.touchpoints,
        "event_parts": sum(1 for p in summary.paths if p.suffix == ".parquet" and p.parent.name == "events"),
        "seconds_in_process": round(seconds, 2),
    }
    print(json.dumps(figures))


def tree_pss_mib(root: int) -> float:
    """Proportional set size of a process and all its descendants, in MiB (0 if it is gone)."""
    pids, total_kib = [root], 0
    while pids:
        pid = pids.pop()
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total_kib += int(line.split()[1])
                    break
            for task in Path(f"/proc/{pid}/task").iterdir():
                pids.extend(int(c) for c in (task / "children").read_text().split())
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total_kib / 1024


class TreeSampler(threading.Thread):
    """Samples `tree_pss_mib` every `interval` seconds until the process ends.

    Reading smaps walks page tables and slows the measured processes; once a second costs little.
    """

    def __init__(self, process: subprocess.Popen[str], interval: float = 1.0) -> None:
        super().__init__(daemon=True)
        self.process, self.interval, self.peak = process, interval, 0.0

    def run(self) -> None:
        while self.process.poll() is None:
            self.peak = max(self.peak, tree_pss_mib(self.process.pid))
            time.sleep(self.interval)


def measure(preset: str, seed: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="banso-generate-") as tmp:
        out = Path(tmp) / "world"
        start = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, "-m", "bench.bench_generate", "--child", str(out), "--preset", preset,
             "--seed", str(seed)],
            stdout=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        sampler = TreeSampler(process)
        sampler.start()
        stdout, _ = process.communicate()
        seconds = time.perf_counter() - start
        sampler.join()
        if process.returncode != 0:
            raise SystemExit(f"generation failed with exit status {process.returncode}")
        figures = json.loads(stdout.strip().splitlines()[-1])
        largest = peak_rss_mib(children=True)
        disk = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    return {
        **figures,
        "seconds": round(seconds, 2),
        "peak_mib": round(max(largest, sampler.peak), 1),
        "largest_process_rss_mib": round(largest, 1),
        "tree_pss_peak_mib": round(sampler.peak, 1),
        "events_per_second": round(figures["events"] / seconds),
        "bytes_on_disk": disk,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--preset", default="nulab")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--child")
    args = parser.parse_args()
    if args.child:
        child(Path(args.child), args.preset, args.seed)
        return
    figures = measure(args.preset, args.seed)
    name = "generate" if args.preset == "nulab" else f"generate_{args.preset}"
    Result(
        name=name,
        figures={"preset": args.preset, "seed": args.seed, **figures},
        goals=[Goal("seconds", "<", 180.0), Goal("peak_mib", "<", 6144.0)],
        notes=[
            "wall time of a child process generating every file into a temporary folder",
            "peak_mib = max(largest process RSS, sampled PSS of the whole process tree)",
        ],
    ).write()


if __name__ == "__main__":
    main()
