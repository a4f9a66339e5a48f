"""The band index of DESIGN.md, written once: %Good − %Bad over the scored accounts, in points.

The same expression serves plain counts (the overview's figures) and query expressions (the
composition of every snapshot, `health.read.band_composition_expr`).

>>> index(30, 10, 80)
25.0
"""

from __future__ import annotations

from typing import Any


def index(good: Any, bad: Any, scored: Any) -> Any:
    """%Good − %Bad in percentage points; `scored` must not be zero (no scored account: no index)."""
    return 100.0 * (good - bad) / scored
