"""The counts a job shows for a command's result: the whole numbers a result dataclass carries.

>>> from dataclasses import dataclass
>>> @dataclass
... class Outcome:
...     table: str
...     inserted: int
...     updated: int
>>> counts_of(Outcome("events", 120, 3))
{'inserted': 120, 'updated': 3}
>>> @dataclass
... class Timed:
...     seconds: float
>>> counts_of(Timed(2.950148))
{'seconds': 2.95}
>>> counts_of([1, 2, 3])
{'rows': 3}
"""

from __future__ import annotations

import dataclasses
from typing import Any


def counts_of(result: Any, prefix: str = "", depth: int = 1) -> dict[str, int | float]:
    """The result's own `job_counts()` where it says what counts; else the numbers of a dataclass result (one
    level into nested ones), or the length of a list or table."""
    if callable(getattr(result, "job_counts", None)):
        return dict(result.job_counts())
    if dataclasses.is_dataclass(result) and not isinstance(result, type):
        out: dict[str, int | float] = {}
        for f in dataclasses.fields(result):
            value = getattr(result, f.name)
            if isinstance(value, bool):
                continue
            if isinstance(value, int):
                out[prefix + f.name] = value
            elif isinstance(value, float):
                out[prefix + f.name] = round(value, 3)  # a job says "seconds 2.95", not sixteen digits
            elif depth > 0 and dataclasses.is_dataclass(value):
                out.update(counts_of(value, f"{prefix}{f.name}.", depth - 1))
        return out
    if isinstance(result, list | tuple):
        return {"rows": len(result)}
    if hasattr(result, "shape") and isinstance(getattr(result, "shape", None), tuple):
        return {"rows": int(result.shape[0])}
    return {}
