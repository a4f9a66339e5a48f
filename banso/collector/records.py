"""What an accepted request contributes, in the canonical model's terms, and its spool encoding.

Protocol parsers turn a request into one `Collected`: rows for events, users, accounts, memberships
and identity links, already validated and with timestamps in UTC microseconds. The spool stores it
as one JSON document of row lists, so the compactor never re-reads a wire protocol and a request
that was acknowledged can no longer fail validation. It also records which account fields the
source owned when the request was accepted (`owns`), which decides whether its group traits may
overwrite what another source set (see `banso.store.duckdb.collector_sink`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

# (event_id, ts_us, user_id, account_id, event, properties_json)
EventRow = tuple[str, int, str | None, str | None, str, str | None]
# (user_id, email, created_at_us, traits_set_json, traits_set_once_json)
UserRow = tuple[str, str | None, int | None, str | None, str | None]
# (account_id, canonical_columns_json, traits_json)
AccountRow = tuple[str, str | None, str | None]
# (user_id, account_id, joined_at_us)
MembershipRow = tuple[str, str, int | None]
# (previous_id, user_id)
AliasRow = tuple[str, str]


@dataclass
class Collected:
    source: str
    received_at: int  # UTC microseconds
    events: list[EventRow] = field(default_factory=list)
    users: list[UserRow] = field(default_factory=list)
    accounts: list[AccountRow] = field(default_factory=list)
    memberships: list[MembershipRow] = field(default_factory=list)
    aliases: list[AliasRow] = field(default_factory=list)
    owns: list[str] = field(default_factory=list)  # account fields the source owns

    @property
    def messages(self) -> int:
        return len(self.events) + len(self.users) + len(self.accounts) + len(self.memberships) + len(self.aliases)

    def encode(self) -> bytes:
        doc: dict[str, Any] = {"s": self.source, "r": self.received_at, "e": self.events}
        for key, rows in (("u", self.users), ("a", self.accounts), ("m", self.memberships), ("l", self.aliases)):
            if rows:
                doc[key] = rows
        if self.accounts and self.owns:
            doc["o"] = self.owns
        return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

    @classmethod
    def decode(cls, data: bytes) -> Collected:
        """Rows come back as JSON lists, which the compactor reads like the tuples they were."""
        doc = json.loads(data)
        return cls(doc["s"], doc["r"], doc.get("e", []), doc.get("u", []), doc.get("a", []),
                   doc.get("m", []), doc.get("l", []), doc.get("o", []))
