"""Collector sources: who may send events to `banso collect`, over which wire protocol.

Each source has one write key. The key is random, shown once when the source is created, and stored
only as its SHA-256 (a 256-bit random key needs no slow hash: nothing can be guessed from the digest),
so a copy of the database does not leak a working key. Only the first characters are kept in clear,
to tell keys apart in `banso source list` and in logs. A revoked source keeps its row (its events
keep their `source` name) but its key stops working.

A source's options live in their own table (so workspaces made before them need no migration):
the web origins whose pages may send with its key (none listed: any origin, since a key used in a
browser is in every visitor's hands anyway) and the account fields it owns (a group call of a source
sets an account column only where no other source has set it, unless the source owns the column).

    with ws.app_state.session() as s:
        source, key = add_source(s, "web-app", "segment", allowed_origins=["https://app.example.com"])
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from banso.appstate.base import Base
from banso.errors import BansoError, NotFoundError, Phrase
from banso.i18n import N_
from banso.model import ACCOUNTS
from banso.values import Moment, utc_now

Protocol = Literal["segment", "rudderstack", "posthog", "mixpanel"]
PROTOCOLS: tuple[Protocol, ...] = ("segment", "rudderstack", "posthog", "mixpanel")
KEY_PREFIX = "bsk_"
HINT_LENGTH = len(KEY_PREFIX) + 6
# Account columns a group call can fill (see `banso.store.duckdb.collector_sink`), which a source may own.
OWNABLE_FIELDS: tuple[str, ...] = tuple(c.name for c in ACCOUNTS.columns if c.name not in ("account_id", "traits"))
_LABEL = r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?"
_ORIGIN = re.compile(rf"^(?P<scheme>https?)://(?:\*\.)?(?:{_LABEL}(?:\.{_LABEL})*|\[[0-9a-f:.]+\])(?::(?P<port>\d{{1,5}}))?$")
_DEFAULT_PORTS = {"http": "80", "https": "443"}
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
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class CollectorSourceOptions(Base):
    __tablename__ = "collector_source_options"

    source_id: Mapped[int] = mapped_column(ForeignKey("collector_sources.id"), primary_key=True)
    allowed_origins: Mapped[str] = mapped_column(Text, default="")  # one per line; none: any origin
    owned_fields: Mapped[str] = mapped_column(Text, default="")  # one per line


@dataclass(frozen=True)
class SourceInfo:
    """A source as the collector and the CLI see it (never the key itself)."""

    name: str
    protocol: Protocol
    key_hint: str
    group_key: str | None
    created_at: Moment
    revoked_at: Moment | None
    allowed_origins: tuple[str, ...] = ()  # empty: pages of any origin may send with the key
    owned_fields: tuple[str, ...] = ()

    @property
    def active(self) -> bool:
        return self.revoked_at is None


def _lines(text: str | None) -> tuple[str, ...]:
    return tuple(line for line in (text or "").splitlines() if line)


def _info(row: CollectorSource, options: CollectorSourceOptions | None = None) -> SourceInfo:
    return SourceInfo(row.name, row.protocol, row.key_hint, row.group_key,  # type: ignore[arg-type]
                      row.created_at, row.revoked_at,
                      _lines(options.allowed_origins) if options else (), _lines(options.owned_fields) if options else ())


def normalize_origin(text: str) -> str:
    """A web origin as browsers send it (`https://app.example.com`, `http://localhost:3000`), or a
    pattern for every subdomain (`https://*.example.com`); default ports dropped, lower case.

    >>> normalize_origin("HTTPS://App.Example.com:443/")
    'https://app.example.com'
    """
    value = text.strip().lower().removesuffix("/")
    if value == "null":
        return value  # what sandboxed frames and file:// pages send
    match = _ORIGIN.match(value)
    if match is None:
        raise SourceError(f"{text!r} is not a web origin: write scheme://host[:port] with no path, e.g. "
                          "https://app.example.com, http://localhost:3000 or https://*.example.com for every subdomain")
    scheme, port = match.group("scheme"), match.group("port")
    if port is not None and int(port) > 65535:
        raise SourceError(f"{text!r} has no valid port (at most 65535)")
    if port == _DEFAULT_PORTS[scheme]:
        value = value[: -len(port) - 1]
    return value


def _owned(fields: list[str]) -> tuple[str, ...]:
    unknown = [f for f in fields if f not in OWNABLE_FIELDS]
    if unknown:
        raise SourceError(f"cannot own {', '.join(map(repr, unknown))}: a source may own these account fields: "
                          f"{', '.join(OWNABLE_FIELDS)}")
    return tuple(dict.fromkeys(fields))


def _options(s: Session, row: CollectorSource) -> CollectorSourceOptions | None:
    return s.get(CollectorSourceOptions, row.id)


def add_source(s: Session, name: str, protocol: str, group_key: str | None = None,
               reserved_names: frozenset[str] = frozenset(), allowed_origins: list[str] | None = None,
               owned_fields: list[str] | None = None) -> tuple[SourceInfo, str]:
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
    origins = tuple(dict.fromkeys(normalize_origin(o) for o in allowed_origins or ()))
    owned = _owned(owned_fields or [])
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    row = CollectorSource(name=name, protocol=protocol, key_hash=hash_key(key), key_hint=key_hint(key),
                          group_key=group_key if group_key is not None else DEFAULT_GROUP_KEYS[protocol])
    s.add(row)
    s.flush()
    options = None
    if origins or owned:
        options = CollectorSourceOptions(source_id=row.id, allowed_origins="\n".join(origins),
                                         owned_fields="\n".join(owned))
        s.add(options)
        s.flush()
    return _info(row, options), key


def configure_source(s: Session, name: str, *, allowed_origins: list[str] | None = None,
                     owned_fields: list[str] | None = None) -> SourceInfo:
    """Replace a source's allowed origins (an empty list: any origin) and/or owned fields; None keeps them."""
    row = _row(s, name)
    options = _options(s, row)
    if options is None:
        options = CollectorSourceOptions(source_id=row.id, allowed_origins="", owned_fields="")
        s.add(options)
    if allowed_origins is not None:
        options.allowed_origins = "\n".join(dict.fromkeys(normalize_origin(o) for o in allowed_origins))
    if owned_fields is not None:
        options.owned_fields = "\n".join(_owned(owned_fields))
    s.flush()
    return _info(row, options)


def list_sources(s: Session) -> list[SourceInfo]:
    rows = s.execute(select(CollectorSource, CollectorSourceOptions)
                     .outerjoin(CollectorSourceOptions, CollectorSourceOptions.source_id == CollectorSource.id)
                     .order_by(CollectorSource.name)).all()
    return [_info(row, options) for row, options in rows]


def _row(s: Session, name: str) -> CollectorSource:
    row = s.scalar(select(CollectorSource).where(CollectorSource.name == name))
    if row is None:
        known = ", ".join(r.name for r in s.scalars(select(CollectorSource))) or Phrase(N_("none yet"))
        raise NotFoundError(N_("no collector source named %(name)s (known: %(known)s)"), name=repr(name), known=known)
    return row


def revoke_source(s: Session, name: str) -> SourceInfo:
    """Stop accepting the source's key at once; its events stay in the store."""
    row = _row(s, name)
    if row.revoked_at is None:
        row.revoked_at = utc_now()
    return _info(row, _options(s, row))


def find_by_key(s: Session, key: str) -> SourceInfo | None:
    """The active source holding `key`, or None (unknown and revoked keys alike)."""
    row = s.scalar(select(CollectorSource).where(CollectorSource.key_hash == hash_key(key)))
    if row is None or row.revoked_at is not None:
        return None
    return _info(row, _options(s, row))
