"""What a history chart of snapshots shows: which snapshots it draws, and which metrics joined the score there.

Snapshots whose windows reach before the first event (warm-up weeks) read every account as quiet, so a
chart draws the whole ones alone — all of them while none is whole yet. A metric read from touchpoints may
begin long after the events (an NPS survey's first wave) and move every score at once when it joins; a
chart marks that date when it falls among the snapshots it draws. The overview and the composition by
segment decide both here, and the web charts draw what they decide.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Annotated

from pydantic import Field


def drawn_snapshots(partial: Sequence[bool]) -> list[int]:
    """The positions of the snapshots a history chart draws: the whole ones, or all while none is whole.

    >>> drawn_snapshots([True, True, False, False]), drawn_snapshots([True, True])
    ([2, 3], [0, 1])
    """
    whole = [i for i, p in enumerate(partial) if not p]
    return whole or list(range(len(partial)))


@dataclass(frozen=True)
class MetricJoined:
    """A metric of the model that joined the score after its first snapshot: its source began later."""

    as_of: Annotated[date, Field(description="the first snapshot with a value for it")]
    label: Annotated[str, Field(description="its name in the page's language")]


def joined_in_view(joined: Sequence[tuple[date, str]], days: Sequence[date],
                   partial: Sequence[bool]) -> list[MetricJoined]:
    """The metrics (`health.api.metrics_joined`: date, label) that joined after the first snapshot drawn
    and by the last: a join before it changes nothing a reader sees.

    >>> d = [date(2026, 2, 2), date(2026, 2, 9), date(2026, 2, 16)]
    >>> joined_in_view([(date(2026, 2, 9), "a"), (date(2026, 2, 16), "b")], d, [True, False, False])
    [MetricJoined(as_of=datetime.date(2026, 2, 16), label='b')]
    """
    shown = [days[i] for i in drawn_snapshots(partial)]
    return [MetricJoined(day, label) for day, label in joined if shown and shown[0] < day <= shown[-1]]
