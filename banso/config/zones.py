"""Time zone names in the configuration: IANA names only, checked where they are read."""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def check_timezone(value: str) -> str:
    """`value` if it names an IANA time zone, else a ValueError saying what a valid one looks like."""
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(
            f"unknown time zone {value!r}; use an IANA name such as 'Asia/Tokyo', 'UTC' or 'Europe/Berlin'"
        ) from exc
    return value
