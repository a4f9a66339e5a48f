"""Named sizes of the synthetic world, from a unit-test village to the design scale."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Preset:
    """How big a world to build.

    `mean_members` is the mean organization size (members per account; sizes are heavy-tailed, so
    the median is far smaller). `activity` scales events per active user. `part_events` is the
    target number of events per Parquet part file, which bounds the generator's memory.
    """

    name: str
    accounts: int
    months: int
    mean_members: float
    activity: float
    part_events: int


PRESETS: dict[str, Preset] = {
    "tiny": Preset("tiny", accounts=40, months=6, mean_members=25.0, activity=1.0, part_events=1_000_000),
    "town": Preset("town", accounts=1_500, months=12, mean_members=60.0, activity=1.0, part_events=1_000_000),
    "nulab": Preset("nulab", accounts=15_000, months=12, mean_members=97.5, activity=0.85, part_events=6_000_000),
}
