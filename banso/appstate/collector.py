"""Collector sources: who may send events to `banso collect`, over which wire protocol.

Each source has one write key. The key is random, shown once when the source is created, and stored
only as its SHA-256 (a 256-bit random key needs no slow hash: nothing can be guessed from the digest),
so a copy of the database does not leak a working key. Only the first characters are kept in clear,
to tell keys apart in `banso source list` and in logs. A revoked source keeps its row (its events
keep their `source` name) but its key stops working.

    with ws.app_state.session() as s:
        source, key = add_source(s, "web-app", "segment")
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from sqlalchemy import DateTime, Integer, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from banso.appstate.base import Base
from banso.errors import BansoError, NotFoundError

Protocol = Literal["segment", "rudderstack", "posthog", "mixpanel"]
PROTOCOLS: tuple[Protocol, ...] = ("segment", "rudderstack", "posthog", "mixpanel")
KEY_PREFIX = "bsk_"
HINT_LENGTH = len(KEY_PREFIX) + 6
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$")

# Where the account id comes from when a source does not say (see `add_source`).
DEFAULT_GROUP_KEYS: dict[str, str | None] = {
    "segment": None,  # context.groupId
    "rudderstack": None,
    "posthog": "company",  # the group type in properties.$groups
    "mixpanel": "company_id",  # the event / profile property holding the account id
}


class SourceError(BansoError):
    """A collector source could not be created or changed; the message says why."""


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def key_hint(key: str) -> str:
    """The part of a key that may be shown and logged: its prefix and a few characters."""
    return key[:HINT_LENGTH] + "…"


class CollectorSource(Base):
    __tablename__ = "collector_sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    protocol: Mapped[str] = mapped_column(String(16))
    key_hash: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    key_hint: Mapped[str] = mapped_column(String(32))
    group_key: Mapped[str | None] = mapped_column(String(200), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_now)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


@dataclass(frozen=True)
class SourceInfo:
    """A source as the collector and the CLI see it (never the key itself)."""

    name: str
    protocol: Protocol
    key_hint: str
    group_key: str | None
    created_at: datetime
    revoked_at: datetime | None

    @property
    def active(self) -> bool:
        return self.revoked_at is None


def _info(row: CollectorSource) -> SourceInfo:
    return SourceInfo(row.name, row.protocol, row.key_hint, row.group_key,  # type: ignore[arg-type]
                      row.created_at, row.revoked_at)


def add_source(s: Session, name: str, protocol: str, group_key: str | None = None,
               reserved_names: frozenset[str] = frozenset()) -> tuple[SourceInfo, str]:
    """Create a source; returns it with its write key (the only time the key is available)."""
    if not _NAME.match(name):
        raise SourceError(
            f"invalid source name {name!r}: use letters, digits, '.', '_' or '-' (at most 63), starting with a letter or digit"
        )
    if protocol not in PROTOCOLS:
        raise SourceError(f"unknown protocol {protocol!r}; choose one of {', '.join(PROTOCOLS)}")
    if name in reserved_names:
        raise SourceError(f"{name!r} is already the name of a file source in banso.yaml; choose another name")
    if s.scalar(select(CollectorSource).where(CollectorSource.name == name)) is not None:
        raise SourceError(f"a collector source named {name!r} exists already (see `banso source list`)")
    if group_key is not None and not group_key.strip():
        raise SourceError("--group-key must not be empty")
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    row = CollectorSource(name=name, protocol=protocol, key_hash=hash_key(key), key_hint=key_hint(key),
                          group_key=group_key if group_key is not None else DEFAULT_GROUP_KEYS[protocol])
    s.add(row)
    s.flush()
    return _info(row), key


def list_sources(s: Session) -> list[SourceInfo]:
    return [_info(r) for r in s.scalars(select(CollectorSource).order_by(CollectorSource.name))]


def revoke_source(s: Session, name: str) -> SourceInfo:
    """Stop accepting the source's key at once; its events stay in the store."""
    row = s.scalar(select(CollectorSource).where(CollectorSource.name == name))
    if row is None:
        known = ", ".join(r.name for r in s.scalars(select(CollectorSource))) or "none yet"
        raise NotFoundError(f"no collector source named {name!r} (known: {known})")
    if row.revoked_at is None:
        row.revoked_at = _now()
    return _info(row)


def find_by_key(s: Session, key: str) -> SourceInfo | None:
    """The active source holding `key`, or None (unknown and revoked keys alike)."""
    row = s.scalar(select(CollectorSource).where(CollectorSource.key_hash == hash_key(key)))
    if row is None or row.revoked_at is not None:
        return None
    return _info(row)
