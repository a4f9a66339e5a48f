"""A synthetic B2B SaaS world with known truth, for the demo workspace, tests and benchmarks.

`generate(out_dir, preset="town")` writes accounts, users, memberships, touchpoints and revenue as
CSV exports, the event log as Parquet parts, and the truth behind them (truth.json and
truth*.parquet). The modules follow the simulation's order: `accounts` → `lifecycle` (health,
churn) → `people` → `touchpoints` and `revenue` → `events` (drawn per part in `partfile`).
"""

from banso.demo.world import WorldSummary, generate
from banso.demo.presets import PRESETS, Preset

__all__ = ["PRESETS", "Preset", "WorldSummary", "generate"]
