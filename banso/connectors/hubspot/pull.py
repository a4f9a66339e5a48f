"""Read HubSpot objects since their cursors (last modified date) into a pull's stage.

| object                      | canonical rows                                                        |
|-----------------------------|-----------------------------------------------------------------------|
| companies                   | accounts: id (`account_key`, default the record id), name, owner       |
| contacts                    | users (id, email, createdate) and memberships (their companies)        |
| deals                       | accounts: renewal_date = closedate of the next open renewal deal       |
| tickets                     | touchpoints, kind support_ticket                                      |
| notes, calls, meetings, emails | touchpoints, kinds note, call, cs_meeting, email                   |

Each object is read with the search API, filtered on its last-modified property (`GTE` the cursor) and
sorted by it. Search returns at most 10,000 results for one query, so past that the query starts again
from the last date read. Records are flattened to their property names (`name`, `domain`, `tier`), the
names banso.yaml maps.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from banso.config.connectors import HubSpotConnector, PullObject
from banso.connectors.hubspot.client import HubSpotApi
from banso.connectors.secrets import Credentials
from banso.connectors.staging import DERIVED, Stage, text
from banso.ingest.loader import Progress
from banso.job_progress import records_read

SEARCH_CAP = 10_000  # results one search query can page through
ORDER = ("companies", "contacts", "deals", "tickets", "notes", "calls", "meetings", "emails")
PROPERTIES: dict[str, list[str]] = {
    "companies": ["name", "domain", "hubspot_owner_id", "createdate"],
    "contacts": ["email", "firstname", "lastname", "jobtitle", "createdate"],
    "deals": ["dealname", "closedate", "amount", "dealtype", "hs_is_closed"],
    "tickets": ["subject", "content", "hs_pipeline_stage", "hs_ticket_priority", "createdate"],
    "notes": ["hs_note_body", "hs_timestamp"],
    "calls": ["hs_call_title", "hs_call_body", "hs_call_direction", "hs_timestamp"],
    "meetings": ["hs_meeting_title", "hs_meeting_body", "hs_meeting_start_time", "hs_timestamp"],
    "emails": ["hs_email_subject", "hs_email_text", "hs_email_direction", "hs_timestamp"],
}
TOUCHPOINTS: dict[str, tuple[str, dict[str, str]]] = {  # kind, columns
    "tickets": ("support_ticket", {"ts": "createdate", "title": "subject", "body": "content"}),
    "notes": ("note", {"ts": "hs_timestamp", "body": "hs_note_body"}),
    "calls": ("call", {"ts": "hs_timestamp", "title": "hs_call_title", "body": "hs_call_body"}),
    "meetings": ("cs_meeting", {"ts": "hs_timestamp", "title": "hs_meeting_title", "body": "hs_meeting_body"}),
    "emails": ("email", {"ts": "hs_timestamp", "title": "hs_email_subject", "body": "hs_email_text"}),
}


def modified_property(object_type: str) -> str:
    """Contacts keep their last change in `lastmodifieddate`; every other object in `hs_lastmodifieddate`."""
    return "lastmodifieddate" if object_type == "contacts" else "hs_lastmodifieddate"


def to_ms(stamp: str) -> int:
    """A HubSpot date-time (ISO 8601) as epoch milliseconds, the unit search filters take.

    >>> to_ms("2026-04-01T00:00:00.000Z")
    1775001600000
    """
    return int(datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp() * 1000)


class HubSpotPull:
    def __init__(self, name: str, conn: HubSpotConnector, creds: Credentials,
                 sleep: Callable[[float], None] | None = None):
        self.name, self.conn = name, conn
        self.key = conn.account_key or "hs_object_id"
        self.api = HubSpotApi(name, conn, creds, sleep)
        self.keys: dict[str, str | None] = {}  # company id -> banso account id
        self.limit = min(conn.page_size or 100, 200)
        self.props: dict[str, list[str]] = {}  # the properties each search asked for

    def read(self, stage: Stage, since: dict[str, str], progress: Progress | None) -> dict[str, str]:
        reached: dict[str, str] = {}
        for obj in ORDER:
            mapping = self.conn.pull.get(obj)  # type: ignore[call-overload]
            if mapping is None:
                continue
            records, cursor = self._changed(obj, mapping, since.get(obj), stage, progress)
            if cursor:
                reached[obj] = cursor
            if obj == "companies":
                self._companies(records, mapping, stage)
            elif obj == "contacts":
                self._contacts(records, mapping, stage)
            elif obj == "deals":
                self._deals(records, stage)
            else:
                self._touchpoints(obj, records, mapping, stage)
        return reached

    def _properties(self, obj: str, mapping: PullObject) -> list[str]:
        wanted = PROPERTIES[obj] + [modified_property(obj)] + list(mapping.columns.values()) + list(mapping.fields)
        if obj == "companies" and self.key != "hs_object_id":
            wanted.append(self.key)
        return list(dict.fromkeys(p for p in wanted if p not in ("id",) and not p.startswith(DERIVED)))

    def _changed(self, obj: str, mapping: PullObject, cursor: str | None, stage: Stage,
                 progress: Progress | None) -> tuple[list[dict[str, Any]], str | None]:
        props = self._properties(obj, mapping)
        modified = modified_property(obj)
        since = to_ms(cursor) if cursor else None
        records: dict[str, dict[str, Any]] = {}
        after: str | None = None
        latest = cursor
        while True:
            page, nxt = self.api.search(obj, props, modified, since, after, self.limit)
            for rec in page:
                row = {p: text(v) for p, v in (rec.properties or {}).items()}
                rid = str(rec.id)
                row["id"] = rid
                for p in props:
                    row.setdefault(p, None)
                records[rid] = row
                stamp = row.get(modified)
                if stamp and (latest is None or to_ms(stamp) >= to_ms(latest)):
                    latest = stamp
            stage.count(obj, len(page))
            if progress:
                progress(len(records), len(records), records_read(self.name, obj, len(records)))
            if nxt is None:
                break
            if int(nxt) + self.limit > SEARCH_CAP:  # a search cannot page past 10,000: start again from here
                since, after = (to_ms(latest) if latest else since), None
                continue
            after = nxt
        self.props[obj] = props
        return list(records.values()), latest

    # -- accounts --------------------------------------------------------------------------------
    def _resolve(self, company_ids: list[str]) -> None:
        wanted = sorted({c for c in company_ids if c not in self.keys})
        if self.key == "hs_object_id":
            self.keys.update({c: c for c in wanted})
            return
        found = self.api.read("companies", wanted, [self.key])
        for c in wanted:
            self.keys[c] = text((found.get(c) or {}).get(self.key))

    def _companies(self, records: list[dict[str, Any]], mapping: PullObject, stage: Stage) -> None:
        owners = self.api.owners() if any(r.get("hubspot_owner_id") for r in records) else {}
        part = stage.part("companies", "accounts", {"account_id": "__banso_account_id", "name": "name",
                                                    "owner": "__banso_owner"}, self.props["companies"])
        for r in records:
            account = r["id"] if self.key == "hs_object_id" else r.get(self.key)
            self.keys[r["id"]] = account
            if not account:
                stage.skip(f"company without {self.key}")
                continue
            part.add(r["id"], {**r, "__banso_account_id": account,
                               "__banso_owner": owners.get(r.get("hubspot_owner_id") or "")})

    def _companies_of(self, obj: str, records: list[dict[str, Any]]) -> dict[str, list[str]]:
        """Each record's associated companies, as banso account ids (unknown companies left out)."""
        links = self.api.associations(obj, "companies", [r["id"] for r in records]) if records else {}
        self._resolve([c for cs in links.values() for c in cs])
        return {rid: [a for c in cs if (a := self.keys.get(c))] for rid, cs in links.items()}

    def _contacts(self, records: list[dict[str, Any]], mapping: PullObject, stage: Stage) -> None:
        users = stage.part("contacts", "users", {"user_id": "id", "email": "email", "created_at": "createdate"},
                           self.props["contacts"])
        members = stage.part("contacts", "memberships", {"user_id": "id", "account_id": "__banso_account_id"})
        companies = self._companies_of("contacts", records)
        for r in records:
            users.add(r["id"], r)
            if not companies.get(r["id"]):
                stage.skip("contact without a company (a user, no membership)")
            for account in companies.get(r["id"], []):
                members.add(f"{r['id']}:{account}", {**r, "__banso_account_id": account})

    def _deals(self, records: list[dict[str, Any]], stage: Stage) -> None:
        """For each company with a changed deal, its next open renewal deal (or none any more)."""
        companies = sorted({c for cs in self.api.associations("deals", "companies",
                                                              [r["id"] for r in records]).values() for c in cs})
        deals_of = self.api.associations("companies", "deals", companies) if companies else {}
        deals = self.api.read("deals", sorted({d for ds in deals_of.values() for d in ds}),
                              ["closedate", "amount", "dealtype", "hs_is_closed"])
        self._resolve(companies)
        part = stage.part("deals", "accounts", {"account_id": "__banso_account_id", "renewal_date": "renewal_date"})
        types = set(self.conn.renewal_types)
        for company in companies:
            account = self.keys.get(company)
            if not account:
                stage.skip("deal of a company banso cannot name")
                continue
            open_renewals = sorted((d for d in (deals.get(i) for i in deals_of.get(company, [])) if d
                                    and d.get("dealtype") in types and d.get("hs_is_closed") != "true"
                                    and d.get("closedate")), key=lambda d: str(d["closedate"]))
            nxt = open_renewals[0] if open_renewals else {}
            part.add(account, {"__banso_account_id": account, "renewal_date": text(nxt.get("closedate")),
                               "renewal_amount": text(nxt.get("amount"))})

    def _touchpoints(self, obj: str, records: list[dict[str, Any]], mapping: PullObject, stage: Stage) -> None:
        kind, columns = TOUCHPOINTS[obj]
        part = stage.part(obj, "touchpoints", {"touchpoint_id": "__banso_touchpoint_id", "account_id":
                                               "__banso_account_id", "kind": "__banso_kind", **columns},
                          self.props[obj])
        companies = self._companies_of(obj, records)
        for r in records:
            accounts = companies.get(r["id"]) or []
            if not accounts:
                stage.skip(f"{obj[:-1]} without a company")
                continue
            # ids are unique per object type only: prefix them so a note and a call never collide
            part.add(r["id"], {**r, "__banso_touchpoint_id": f"hubspot-{obj[:-1]}-{r['id']}",
                               "__banso_account_id": accounts[0], "__banso_kind": kind})
