"""Shared by every protocol: ids, timestamps, clock-skew correction, traits onto canonical columns.

Timestamps become UTC microseconds since the epoch. When a protocol says when the client *sent* a
batch (Segment's `sentAt`, PostHog's `sent_at`), a client clock that is off is corrected the way
Segment does it: `ts = timestamp + (received_at - sent_at)`. Differences within `SKEW_TOLERANCE`
are transit time rather than a wrong clock and are left alone, so an event keeps the exact time
its client gave it, and a retry of it keeps the same time.
"""

from __future__ import annotations

import json
import math
from datetime import UTC, date, datetime
from typing import Any

from banso.collector.problems import bad_request
from banso.model import ACCOUNT_STATUSES, ACCOUNTS

SKEW_TOLERANCE_US = 5_000_000
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MIN_US = int((datetime(1990, 1, 1, tzinfo=UTC) - _EPOCH).total_seconds()) * 1_000_000
_MAX_US = int((datetime(2200, 1, 1, tzinfo=UTC) - _EPOCH).total_seconds()) * 1_000_000


def now_us() -> int:
    return int(datetime.now(UTC).timestamp() * 1_000_000)


def to_us(value: datetime) -> int:
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    delta = value - _EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def parse_time(value: Any, where: str, *, numeric_unit: str = "auto") -> int | None:
    """An ISO 8601 string (offset or Z; none means UTC) or epoch number -> UTC microseconds."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise bad_request(f"{where} must be a timestamp, not {value!r}", "invalid_type")
    if isinstance(value, int | float):
        seconds = float(value)
        if numeric_unit == "ms" or (numeric_unit == "auto" and seconds > 1e11):
            seconds /= 1000.0
        us = round(seconds * 1_000_000)
    elif isinstance(value, str):
        text = value.strip()
        try:
            parsed = datetime.fromisoformat(text)
        except ValueError:
            try:
                parsed = datetime.combine(date.fromisoformat(text), datetime.min.time())
            except ValueError:
                raise bad_request(f"{where} is not a timestamp: {text[:40]!r}", "invalid_timestamp") from None
        us = to_us(parsed)
    else:
        raise bad_request(f"{where} must be a timestamp string or number, not {type(value).__name__}", "invalid_type")
    if not _MIN_US <= us < _MAX_US:
        raise bad_request(f"{where} {value!r} is outside 1990–2200", "invalid_timestamp")
    return us


def corrected(ts: int | None, sent_at: int | None, received_at: int) -> int:
    """The event time with the client's clock skew removed (see the module docstring)."""
    if ts is None:
        return received_at
    if sent_at is None:
        return ts
    skew = received_at - sent_at
    return ts + skew if abs(skew) > SKEW_TOLERANCE_US else ts


def text_id(value: Any, where: str, *, required: bool = False) -> str | None:
    """An id: a non-empty string or a whole number (clients send both), as a string."""
    if value is None or value == "":
        if required:
            raise bad_request(f"{where} is missing", "missing_id")
        return None
    if isinstance(value, str):
        if len(value) > 1024:
            raise bad_request(f"{where} is longer than 1024 characters", "invalid_id")
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise bad_request(f"{where} must be a string, not {type(value).__name__}", "invalid_type")


def event_name(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        if value is None or value == "":
            raise bad_request(f"{where} is missing", "missing_event")
        raise bad_request(f"{where} must be a non-empty string, not {type(value).__name__}", "invalid_type")
    if len(value) > 1024:
        raise bad_request(f"{where} is longer than 1024 characters", "invalid_event")
    return value


def obj(value: Any, where: str) -> dict[str, Any]:
    """An optional JSON object (properties, traits, context)."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise bad_request(f"{where} must be a JSON object, not {type(value).__name__}", "invalid_type")
    return value


def dumps(value: dict[str, Any]) -> str | None:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str) if value else None


# -- traits onto canonical columns -----------------------------------------------------------------

_ACCOUNT_KINDS = {c.name: c.kind for c in ACCOUNTS.columns if c.name not in ("account_id", "traits")}
# Trait names tools commonly use for a canonical account column.
_ACCOUNT_ALIASES = {"plan_name": "plan", "monthly_revenue": "mrr", "csm": "owner", "account_owner": "owner",
                    "renewal": "renewal_date", "crmUrl": "crm_url", "trialStartedAt": "trial_started_at",
                    "contractStartedAt": "contract_started_at", "renewalDate": "renewal_date",
                    "churnedAt": "churned_at"}


def _convert(kind: str, value: Any) -> Any:
    """A trait value as a canonical column value, or None when it does not convert."""
    if value is None or isinstance(value, bool | dict | list):
        return None
    try:
        if kind == "string":
            return str(value)
        if kind == "float":  # what a DOUBLE column can sum: finite
            f = float(value)
            return f if math.isfinite(f) else None
        if kind == "integer":  # what a BIGINT column holds
            f = float(value)
            return int(f) if math.isfinite(f) and f == int(f) and abs(f) < 2 ** 63 else None
        if kind == "timestamp":
            return parse_time(value, "trait")
        if kind == "date":
            us = parse_time(value, "trait")
            return None if us is None else datetime.fromtimestamp(us / 1e6, UTC).date().isoformat()
    except Exception:
        return None
    return None


def account_fields(traits: dict[str, Any]) -> tuple[str | None, str | None]:
    """Group traits -> (canonical account columns as JSON, all traits as JSON).

    Traits named like a column (`name`, `plan`, `tier`, `mrr`, `seats`, `status`, `owner`, …) fill
    it when their value converts; every trait is also kept in `traits`, so nothing is lost.
    """
    columns: dict[str, Any] = {}
    for key, value in traits.items():
        col = _ACCOUNT_ALIASES.get(key, key)
        kind = _ACCOUNT_KINDS.get(col)
        if kind is None:
            continue
        converted = _convert(kind, value)
        if col == "status" and converted not in ACCOUNT_STATUSES:
            continue
        if converted is not None:
            columns[col] = converted
    return dumps(columns), dumps(traits)


def user_fields(traits: dict[str, Any]) -> tuple[str | None, int | None]:
    """(email, created_at) from identify traits, when present and well-formed."""
    email = traits.get("email")
    created = traits.get("createdAt", traits.get("created_at", traits.get("$created")))
    created_us = _convert("timestamp", created)
    return (email if isinstance(email, str) and "@" in email else None), created_us
