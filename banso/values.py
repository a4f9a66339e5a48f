"""Missing values, defined once: what banso's frames hold for "no value" becomes `None` here.

Query results arrive as pandas frames, where a missing number is NaN, a missing time NaT and a
missing nullable integer `pd.NA`. Results that leave an analysis (dataclasses for the facade, the
JSON API and the command line) hold `None` instead; these helpers are the one place that converts.

Points in time leave as aware datetimes in UTC (`as_moment`, `Moment`): the store keeps UTC without an
offset, and a time without one would read as local time to whoever receives it (the OpenAPI schema
declares them `date-time`, which requires the offset).

>>> import math
>>> or_none(math.nan) is None, or_none(3.5)
(True, 3.5)
>>> records(__import__("pandas").DataFrame({"a": [1.0, math.nan]}))
[{'a': 1.0}, {'a': None}]
>>> as_moment(datetime(2026, 11, 2, 1, 30)).isoformat()
'2026-11-02T01:30:00+00:00'
"""

from __future__ import annotations

import math
import sys
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import AfterValidator, PlainSerializer

if TYPE_CHECKING:
    import pandas as pd

# pandas is imported by whatever made a pandas value, not here: a command that reads the application state
# alone (`banso status`, `banso jobs`) starts without paying for it. Where no pandas module is loaded, no
# value can be a pandas one.


def _pandas() -> Any:
    return sys.modules.get("pandas")


def is_missing(value: Any) -> bool:
    """None, NaN, NaT or pd.NA (a list or dict is a value, even when empty)."""
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    if isinstance(value, list | tuple | dict | set | str):
        return False
    pd = _pandas()
    if pd is None:  # numpy may be loaded without pandas (a DuckDB result): its NaT is missing too
        np = sys.modules.get("numpy")
        return np is not None and isinstance(value, np.datetime64 | np.timedelta64) and bool(np.isnat(value))
    if value is pd.NA or value is pd.NaT:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _timestamp(value: Any) -> Any:
    """A pandas Timestamp of a value that is neither a date nor a datetime (ISO text, numpy datetime64)."""
    import pandas as pd

    return pd.Timestamp(value)


def _is_timestamp(value: Any) -> bool:
    pd = _pandas()
    return pd is not None and isinstance(value, pd.Timestamp)


def or_none(value: Any) -> Any:
    """The value, or None when it is missing."""
    return None if is_missing(value) else value


def as_float(value: Any) -> float | None:
    return None if is_missing(value) else float(value)


def as_int(value: Any) -> int | None:
    return None if is_missing(value) else int(value)


def as_date(value: Any) -> date | None:
    """A calendar date from a date, a datetime or a timestamp (None when missing)."""
    if is_missing(value):
        return None
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, datetime):
        return value.date()
    return _timestamp(value).date()  # type: ignore[no-any-return]


def as_datetime(value: Any) -> datetime | None:
    """A datetime from a datetime, a timestamp or ISO text (None when missing)."""
    if is_missing(value):
        return None
    if isinstance(value, datetime) and not _is_timestamp(value):
        return value
    return _timestamp(value).to_pydatetime()  # type: ignore[no-any-return]


def as_moment(value: Any) -> datetime | None:
    """A point in time as an aware datetime in UTC (None when missing); one without an offset is UTC,
    as the store keeps it."""
    if is_missing(value):
        return None
    ts = value.to_pydatetime() if _is_timestamp(value) else value
    if not isinstance(ts, datetime):
        ts = _timestamp(ts).to_pydatetime()
    return ts.replace(tzinfo=UTC) if ts.tzinfo is None else ts.astimezone(UTC)


def _moment(value: datetime) -> datetime:
    moment = as_moment(value)
    assert moment is not None
    return moment


Moment = Annotated[datetime, AfterValidator(_moment), PlainSerializer(_moment, return_type=datetime, when_used="json")]


def utc_now() -> datetime:
    """Now in UTC, naive: how the store and the application state keep times."""
    return datetime.now(UTC).replace(tzinfo=None)
"""A point in time that leaves as JSON in UTC with its offset. A pydantic model's field is validated into
UTC; a result dataclass may hold the store's naive UTC (its pages show it in the workspace's zone) and
is written with the offset all the same."""


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """The rows of a frame as dicts of plain values, every missing value None."""
    clean = frame.astype(object).where(frame.notna(), None)
    return clean.to_dict("records")  # type: ignore[return-value]
