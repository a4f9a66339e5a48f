"""Read Zendesk organizations, users and tickets since their cursors into a pull's stage.

| object        | export                                     | canonical rows                             |
|---------------|--------------------------------------------|--------------------------------------------|
| organizations | time-based (`start_time`, then `end_time`) | accounts: id (or external_id), name        |
| users         | cursor-based (`cursor`, `after_cursor`)    | users and memberships (end users only)     |
| tickets       | cursor-based                               | touchpoints, kind support_ticket, score 1 for a good satisfaction rating and 0 for a bad one |

The first pull starts at `start_time=0`; later ones continue from the remembered cursor. Zendesk leaves
out items changed in the last minute, so they arrive with the next pull.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from banso.config.connectors import PullObject, ZendeskConnector
from banso.connectors.secrets import Credentials
from banso.connectors.staging import Stage, flatten
from banso.connectors.zendesk.client import ZendeskApi
from banso.ingest.loader import Progress
from banso.job_progress import records_read

SCORES = {"good": "1", "bad": "0"}


class ZendeskPull:
    def __init__(self, name: str, conn: ZendeskConnector, creds: Credentials,
                 sleep: Callable[[float], None] | None = None):
        self.name, self.conn = name, conn
        self.key = conn.account_key or "id"
        self.api = ZendeskApi(name, conn, creds, sleep)
        self.per_page = min(conn.page_size or 1000, 1000)
        self.keys: dict[str, str | None] = {}  # organization id -> banso account id

    def read(self, stage: Stage, since: dict[str, str], progress: Progress | None) -> dict[str, str]:
        reached: dict[str, str] = {}
        try:
            if "organizations" in self.conn.pull:
                records, reached["organizations"] = self._time_based("organizations", since.get("organizations"),
                                                                     stage, progress)
                self._organizations(records, stage)
            for obj in ("users", "tickets"):
                if obj in self.conn.pull:
                    records, reached[obj] = self._cursor_based(obj, since.get(obj), stage, progress)
                    getattr(self, "_" + obj)(records, self.conn.pull[obj], stage)  # type: ignore[index]
        finally:
            self.api.close()
        return reached

    # -- exports -----------------------------------------------------------------------------
    def _time_based(self, obj: str, cursor: str | None, stage: Stage,
                    progress: Progress | None) -> tuple[list[dict[str, Any]], str]:
        start = cursor or "0"
        records: dict[str, dict[str, Any]] = {}
        while True:
            page = self.api.get(f"export {obj}", f"/api/v2/incremental/{obj}.json", {"start_time": start})
            for item in page.get(obj) or []:
                records[str(item["id"])] = item
            stage.count(obj, len(page.get(obj) or []))
            if progress:
                progress(len(records), len(records), records_read(self.name, obj, len(records)))
            end = str(page.get("end_time") or start)
            if page.get("end_of_stream") or end == start:
                return list(records.values()), end
            start = end

    def _cursor_based(self, obj: str, cursor: str | None, stage: Stage,
                      progress: Progress | None) -> tuple[list[dict[str, Any]], str]:
        params: dict[str, Any] = {"per_page": self.per_page}
        params.update({"cursor": cursor} if cursor else {"start_time": 0})
        records: dict[str, dict[str, Any]] = {}
        while True:
            page = self.api.get(f"export {obj}", f"/api/v2/incremental/{obj}/cursor.json", params)
            for item in page.get(obj) or []:
                records[str(item["id"])] = item
            stage.count(obj, len(page.get(obj) or []))
            if progress:
                progress(len(records), len(records), records_read(self.name, obj, len(records)))
            cursor = page.get("after_cursor") or cursor
            if page.get("end_of_stream") or not page.get("after_cursor"):
                return list(records.values()), str(cursor or "")
            params = {"per_page": self.per_page, "cursor": page["after_cursor"]}

    # -- accounts --------------------------------------------------------------------------------
    def _resolve(self, org_ids: list[str]) -> None:
        wanted = sorted({o for o in org_ids if o and o not in self.keys})
        if self.key == "id":
            self.keys.update({o: o for o in wanted})
            return
        for start in range(0, len(wanted), 100):
            chunk = wanted[start:start + 100]
            page = self.api.get("organizations by id", "/api/v2/organizations/show_many.json", {"ids": ",".join(chunk)})
            for org in page.get("organizations") or []:
                self.keys[str(org["id"])] = _str(org.get(self.key))
            for o in chunk:
                self.keys.setdefault(o, None)

    def _organizations(self, records: list[dict[str, Any]], stage: Stage) -> None:
        part = stage.part("organizations", "accounts", {"account_id": "__banso_account_id", "name": "name"})
        for org in records:
            oid = str(org["id"])
            account = oid if self.key == "id" else _str(org.get(self.key))
            self.keys[oid] = account
            if org.get("deleted_at"):
                stage.skip("organization deleted")
                continue
            if not account:
                stage.skip(f"organization without {self.key}")
                continue
            part.add(oid, {**flatten(org), "__banso_account_id": account})

    def _users(self, records: list[dict[str, Any]], mapping: PullObject, stage: Stage) -> None:
        users = stage.part("users", "users", {"user_id": "__banso_user_id", "email": "email",
                                              "created_at": "created_at"})
        members = stage.part("users", "memberships", {"user_id": "__banso_user_id", "account_id": "__banso_account_id"})
        people = [u for u in records if u.get("role") == "end-user" and u.get("active", True)]
        if len(people) < len(records):
            stage.skip("user who is an agent, an admin or deleted (staff, not a customer)", len(records) - len(people))
        self._resolve([str(u["organization_id"]) for u in people if u.get("organization_id")])
        for u in people:
            row = {**flatten(u), "__banso_user_id": f"zendesk-{u['id']}"}
            users.add(str(u["id"]), row)
            account = self.keys.get(str(u.get("organization_id") or ""))
            if account:
                members.add(str(u["id"]), {**row, "__banso_account_id": account})
            else:
                stage.skip("user without an organization (a user, no membership)")

    def _tickets(self, records: list[dict[str, Any]], mapping: PullObject, stage: Stage) -> None:
        part = stage.part("tickets", "touchpoints", {
            "touchpoint_id": "__banso_touchpoint_id", "ts": "created_at", "account_id": "__banso_account_id",
            "user_id": "__banso_user_id", "kind": "__banso_kind", "title": "subject", "body": "description",
            "score": "__banso_score"})
        live = [t for t in records if t.get("status") != "deleted"]
        if len(live) < len(records):
            stage.skip("ticket deleted", len(records) - len(live))
        self._resolve([str(t["organization_id"]) for t in live if t.get("organization_id")])
        for t in live:
            account = self.keys.get(str(t.get("organization_id") or ""))
            if not account:
                stage.skip("ticket without an organization")
                continue
            rating = (t.get("satisfaction_rating") or {}).get("score")
            part.add(str(t["id"]), {**flatten(t), "__banso_touchpoint_id": f"zendesk-ticket-{t['id']}",
                                    "__banso_account_id": account, "__banso_kind": "support_ticket",
                                    "__banso_user_id": f"zendesk-{t['requester_id']}" if t.get("requester_id") else None,
                                    "__banso_score": SCORES.get(str(rating))})


def _str(value: Any) -> str | None:
    return None if value is None or value == "" else str(value)
