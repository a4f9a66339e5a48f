"""The declarative base every application-state table derives from.

Kept apart from `db` (engine and sessions), which imports every table module to create their
tables: the table modules import only this, so nothing imports in a circle.
"""

from __future__ import annotations

from sqlalchemy.orm import DeclarativeBase

from banso.values import utc_now

__all__ = ["Base", "utc_now"]


class Base(DeclarativeBase):
    """Every application-state table derives from this."""
