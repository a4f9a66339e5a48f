"""The declarative base every application-state table derives from.

Kept apart from `db` (engine and sessions), which imports every table module to create their
tables: the table modules import only this, so nothing imports in a circle.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    """Every application-state table derives from this."""


def utc_now() -> datetime:
    """Now in UTC, naive (how the application state stores times)."""
    return datetime.now(UTC).replace(tzinfo=None)
