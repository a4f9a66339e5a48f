"""Read Intercom companies, contacts and conversations since their cursors into a pull's stage.

| object        | how                                                             | canonical rows           |
|---------------|-----------------------------------------------------------------|--------------------------|
| companies     | the scroll API (all companies; there is no filter on changes), kept when `updated_at` passed the cursor | accounts: company_id (or id), name |
| contacts      | `POST /contacts/search` on `updated_at`                          | users and memberships    |
| conversations | `POST /conversations/search` on `updated_at`                     | touchpoints, kind chat, on the account of the first contact's company |

Contact search matches timestamps by day only (Intercom indexes them as dates), so the filter asks
for everything updated since the day before the cursor and the records already seen load as unchanged.
Every company is scrolled on each pull anyway: it is how Intercom's company ids map to banso's accounts.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from functools import partial
from typing import Any

from banso.config.connectors import IntercomConnector, PullObject
from banso.connectors.intercom.client import IntercomApi, as_dict
from banso.connectors.secrets import Credentials
from banso.connectors.staging import Stage, epoch, flatten
from banso.ingest.loader import Progress
from banso.job_progress import records_read

DAY = 86_400


class IntercomPull:
    def __init__(self, name: str, conn: IntercomConnector, creds: Credentials,
                 sleep: Callable[[float], None] | None = None):
        self.name, self.conn = name, conn
        self.key = conn.account_key or "company_id"
        self.api = IntercomApi(name, conn, creds, sleep)
        self.per_page = min(conn.page_size or 150, 150)
        self.keys: dict[str, str | None] = {}  # Intercom company id -> banso account id
        self.companies_of: dict[str, list[str]] = {}  # contact id -> Intercom company ids
        self.user_ids: dict[str, str] = {}  # contact id -> banso user id

    def read(self, stage: Stage, since: dict[str, str], progress: Progress | None) -> dict[str, str]:
        reached: dict[str, str] = {}
        try:
            if {"companies", "contacts", "conversations"} & set(self.conn.pull):
                companies = self._scroll(stage, progress)
                if "companies" in self.conn.pull:
                    reached["companies"] = self._companies(companies, since.get("companies"), stage)
            for obj in ("contacts", "conversations"):
                if obj in self.conn.pull:
                    records = self._search(obj, since.get(obj), stage, progress)
                    stamps = [int(r["updated_at"]) for r in records if r.get("updated_at")]
                    reached[obj] = str(max([int(since.get(obj) or 0), *stamps]))
                    if obj == "contacts":
                        self._contacts(records, self.conn.pull["contacts"], stage)
                    else:
                        self._conversations(records, stage)
        finally:
            self.api.close()
        return {k: v for k, v in reached.items() if v != "0"}

    # -- reading -----------------------------------------------------------------------------
    def _scroll(self, stage: Stage, progress: Progress | None) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        param: str | None = None
        while True:
            page = self.api.api("scroll companies", partial(self.api.client.companies.scroll, scroll_param=param))
            items = [as_dict(c) for c in page.items or []]
            if not items:
                return out
            out += items
            if progress:
                progress(len(out), len(out), records_read(self.name, "companies", len(out)))
            param = getattr(page.response, "scroll_param", None)
            if not param:
                return out

    def _search(self, obj: str, cursor: str | None, stage: Stage, progress: Progress | None) -> list[dict[str, Any]]:
        from intercom import SingleFilterSearchRequest, StartingAfterPaging

        since = int(cursor) if cursor else None
        if since is not None and obj == "contacts":
            since -= DAY  # matched by day: the day before, so nothing of the cursor's own day is missed
        query = SingleFilterSearchRequest(field="updated_at", operator=">", value=since if since is not None else 0)
        client = self.api.client.contacts if obj == "contacts" else self.api.client.conversations
        records: dict[str, dict[str, Any]] = {}
        after: str | None = None
        while True:
            paging = StartingAfterPaging(per_page=self.per_page, starting_after=after)
            page = self.api.api(f"search {obj}", partial(client.search, query=query, pagination=paging))
            for item in page.items or []:
                rec = as_dict(item)
                records[str(rec["id"])] = rec
            stage.count(obj, len(page.items or []))
            if progress:
                progress(len(records), len(records), records_read(self.name, obj, len(records)))
            nxt = getattr(getattr(getattr(page.response, "pages", None), "next", None), "starting_after", None)
            if not nxt or not page.items:
                return list(records.values())
            after = nxt

    # -- objects -----------------------------------------------------------------------------
    def _companies(self, companies: list[dict[str, Any]], cursor: str | None, stage: Stage) -> str:
        part = stage.part("companies", "accounts", {"account_id": "__banso_account_id", "name": "name"})
        since = int(cursor or 0)
        latest = since
        for c in companies:
            account = c.get(self.key)
            self.keys[str(c["id"])] = None if account in (None, "") else str(account)
            stamp = int(c.get("updated_at") or 0)
            latest = max(latest, stamp)
            if stamp < since:
                continue
            stage.count("companies")
            if not self.keys[str(c["id"])]:
                stage.skip(f"company without {self.key}")
                continue
            part.add(str(c["id"]), {**flatten(_times(c)), "__banso_account_id": self.keys[str(c["id"])]})
        return str(latest)

    def _contacts(self, records: list[dict[str, Any]], mapping: PullObject, stage: Stage) -> None:
        users = stage.part("contacts", "users", {"user_id": "__banso_user_id", "email": "email",
                                                 "created_at": "created_at"})
        members = stage.part("contacts", "memberships", {"user_id": "__banso_user_id", "account_id": "__banso_account_id"})
        for r in records:
            row = {**flatten(_times({k: v for k, v in r.items() if k not in ("companies", "tags", "notes")})),
                   "__banso_user_id": self._user_id(r)}
            users.add(str(r["id"]), row)
            accounts = self._accounts(r)
            if not accounts:
                stage.skip("contact without a company (a user, no membership)")
            for account in accounts:
                members.add(f"{r['id']}:{account}", {**row, "__banso_account_id": account})

    def _user_id(self, contact: dict[str, Any]) -> str:
        """A contact is a user of the product: its external_id when the product set one, else Intercom's id."""
        return str(contact.get("external_id") or f"intercom-{contact['id']}")

    def _accounts(self, contact: dict[str, Any]) -> list[str]:
        ids = [str(c["id"]) for c in ((contact.get("companies") or {}).get("data") or [])]
        self.companies_of[str(contact["id"])] = ids
        self.user_ids[str(contact["id"])] = self._user_id(contact)
        return [a for i in ids if (a := self.keys.get(i))]

    def _conversations(self, records: list[dict[str, Any]], stage: Stage) -> None:
        part = stage.part("conversations", "touchpoints", {
            "touchpoint_id": "__banso_touchpoint_id", "ts": "created_at", "account_id": "__banso_account_id",
            "user_id": "__banso_user_id", "kind": "__banso_kind", "title": "__banso_title", "body": "__banso_body",
            "score": "conversation_rating.rating"})
        people = {str(p["id"]) for r in records for p in _contacts(r)}
        unknown = sorted(people - set(self.companies_of))
        if unknown:
            self._fetch_contacts(unknown)
        for r in records:
            contacts = _contacts(r)
            first = contacts[0] if contacts else None
            accounts = [a for c in (self.companies_of.get(str(first["id"]), []) if first else [])
                        if (a := self.keys.get(c))]
            if not accounts:
                stage.skip("conversation whose contact has no company")
                continue
            source = r.get("source") or {}
            body = _text(source.get("body"))
            row = {**flatten(_times({k: v for k, v in r.items() if k not in ("conversation_parts", "contacts")})),
                   "__banso_touchpoint_id": f"intercom-conversation-{r['id']}", "__banso_account_id": accounts[0],
                   "__banso_kind": "chat",
                   "__banso_user_id": self.user_ids.get(str(first["id"])) or self._user_id(first) if first else None,
                   "__banso_title": r.get("title") or source.get("subject") or (body[:80] if body else None),
                   "__banso_body": body}
            part.add(str(r["id"]), row)

    def _fetch_contacts(self, ids: list[str]) -> None:
        """The companies of contacts that took part in conversations but did not change themselves."""
        from intercom import SingleFilterSearchRequest, StartingAfterPaging

        for start in range(0, len(ids), self.per_page):
            chunk = ids[start:start + self.per_page]
            query = SingleFilterSearchRequest(field="id", operator="IN", value=chunk)
            paging = StartingAfterPaging(per_page=self.per_page)
            page = self.api.api("search contacts by id", partial(self.api.client.contacts.search, query=query,
                                                                  pagination=paging))
            for item in page.items or []:
                rec = as_dict(item)
                self._accounts(rec)
            for i in chunk:
                self.companies_of.setdefault(i, [])


def _contacts(conversation: dict[str, Any]) -> list[dict[str, Any]]:
    return list((conversation.get("contacts") or {}).get("contacts") or [])


def _times(record: dict[str, Any]) -> dict[str, Any]:
    """Intercom writes times as Unix seconds; the canonical tables take ISO 8601."""
    return {k: (epoch(v) if k.endswith("_at") and isinstance(v, int | float) else v) for k, v in record.items()}


def _text(markup: Any) -> str | None:
    """A message body (HTML) as plain text."""
    if not markup:
        return None
    return html.unescape(re.sub(r"<[^>]+>", " ", str(markup))).strip() or None
