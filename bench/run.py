"""`make bench`: run every benchmark in turn; each writes bench/results/NAME.json.

    python -m bench.run [NAME ...]
"""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path


def benchmarks() -> list[str]:
    here = Path(__file__).resolve().parent
    return sorted(m.name for m in pkgutil.iter_modules([str(here)]) if m.name.startswith("bench_"))


def main() -> None:
    wanted = sys.argv[1:] or benchmarks()
    failed = []
    for name in wanted:
        module = name if name.startswith("bench_") else f"bench_{name}"
        print(f"== {module}", flush=True)
        if subprocess.run([sys.executable, "-m", f"bench.{module}"]).returncode != 0:
            failed.append(module)
    if failed:
        print("failed: " + ", ".join(failed), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
