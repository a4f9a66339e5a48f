"""A synthetic B2B SaaS world with known truth, for the demo workspace, tests and benchmarks.

`generate(out_dir, preset="town")` writes accounts, users, memberships, touchpoints and revenue as
CSV exports, the event log as Parquet parts, and the truth behind them (truth.json and
truth*.parquet). `world.generate` runs the stages in the simulation's order: `accounts` →
`lifecycle` (health, churn) → `people` → `touchpoints` and `revenue` → `events`, drawn part by
part (`parts`, `partfile`); `tables` and `truth` write the files.
"""

from banso.demo.presets import PRESETS, Preset
from banso.demo.world import WorldSummary, generate

__all__ = ["PRESETS", "Preset", "WorldSummary", "generate"]
