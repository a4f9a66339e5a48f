"""The canonical data model of DESIGN.md, declared once.

The store creates its tables from these declarations, the loaders map and validate source columns
against them, and the configuration checks column mappings with them, so a field exists in one place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["string", "float", "integer", "timestamp", "date", "month", "json"]


@dataclass(frozen=True)
class Column:
    name: str
    kind: Kind
    required: bool = False
    choices: tuple[str, ...] = ()
    doc: str = ""


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    extra: str | None = None  # the JSON column that keeps unmapped source columns
    references: dict[str, str] = field(default_factory=dict)  # column -> referenced table
    doc: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    def column(self, name: str) -> Column:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(name)

    @property
    def loadable(self) -> tuple[Column, ...]:
        """Columns a source may provide (the `extra` JSON column is filled from unmapped ones)."""
        return tuple(c for c in self.columns if c.name not in DERIVED_COLUMNS)


ACCOUNT_STATUSES = ("trial", "active", "churned")
ROLES = ("admin", "member")
TOUCHPOINT_KINDS = (
    "support_ticket", "cs_meeting", "email", "seminar", "community", "nps", "chat", "note",
    "onboarding", "help_content", "call",
)

# Filled by the store itself, never by a source.
DERIVED_COLUMNS = frozenset({"day", "loaded_at"})

ACCOUNTS = Table(
    "accounts",
    (
        Column("account_id", "string", required=True, doc="stable id of the customer organization"),
        Column("name", "string", doc="organization name"),
        Column("plan", "string"),
        Column("tier", "string", doc="e.g. Enterprise / Mid / SMB"),
        Column("mrr", "float", doc="current monthly recurring revenue"),
        Column("seats", "integer", doc="contracted seats; members are counted when empty"),
        Column("status", "string", choices=ACCOUNT_STATUSES),
        Column("trial_started_at", "timestamp"),
        Column("contract_started_at", "timestamp"),
        Column("renewal_date", "date"),
        Column("churned_at", "timestamp"),
        Column("owner", "string", doc="the CSM in charge"),
        Column("crm_url", "string", doc="link back to the CRM record"),
        Column("traits", "json"),
    ),
    key=("account_id",),
    extra="traits",
    doc="customer organizations",
)

USERS = Table(
    "users",
    (
        Column("user_id", "string", required=True),
        Column("email", "string"),
        Column("created_at", "timestamp"),
        Column("traits", "json"),
    ),
    key=("user_id",),
    extra="traits",
    doc="people using the product",
)

MEMBERSHIPS = Table(
    "memberships",
    (
        Column("user_id", "string", required=True),
        Column("account_id", "string", required=True),
        Column("role", "string", choices=ROLES),
        Column("joined_at", "timestamp"),
    ),
    key=("user_id", "account_id"),
    references={"account_id": "accounts", "user_id": "users"},
    doc="which users belong to which organizations (a user may belong to several)",
)

EVENTS = Table(
    "events",
    (
        Column("event_id", "string", required=True, doc="unique; the de-duplication key"),
        Column("ts", "timestamp", required=True, doc="when it happened (UTC)"),
        Column("user_id", "string"),
        Column("account_id", "string", doc="the organization the event is attributed to"),
        Column("event", "string", required=True, doc="event name"),
        Column("properties", "json"),
        Column("received_at", "timestamp"),
        Column("source", "string", doc="which source delivered it"),
        Column("day", "date", doc="calendar day of `ts` in the workspace time zone"),
    ),
    key=("event_id",),
    extra="properties",
    references={"account_id": "accounts"},
    doc="behaviour log",
)

TOUCHPOINTS = Table(
    "touchpoints",
    (
        Column("touchpoint_id", "string", required=True),
        Column("ts", "timestamp", required=True),
        Column("account_id", "string", required=True),
        Column("user_id", "string"),
        Column("kind", "string", required=True, doc="support_ticket, cs_meeting, email, seminar, …"),
        Column("title", "string"),
        Column("body", "string"),
        Column("score", "float", doc="e.g. NPS 0–10"),
        Column("properties", "json"),
        Column("source", "string"),
    ),
    key=("touchpoint_id",),
    extra="properties",
    references={"account_id": "accounts"},
    doc="every contact with a customer: tickets, meetings, mails, seminars, community, NPS",
)

REVENUE = Table(
    "revenue",
    (
        Column("account_id", "string", required=True),
        Column("month", "month", required=True, doc="first day of the month"),
        Column("mrr", "float", required=True),
    ),
    key=("account_id", "month"),
    references={"account_id": "accounts"},
    doc="monthly recurring revenue per account and month",
)

SOURCE_TABLES: dict[str, Table] = {
    t.name: t for t in (ACCOUNTS, USERS, MEMBERSHIPS, EVENTS, TOUCHPOINTS, REVENUE)
}
"""The tables a source can load, in the order a first load should go (references point backwards)."""
