"""Read Salesforce objects since their cursors (SystemModstamp) into a pull's stage.

| object      | canonical rows                                                             |
|-------------|----------------------------------------------------------------------------|
| Account     | accounts: id (the `account_key` field), name, owner (Owner.Name), crm_url |
| Contact     | users (Id, Email, CreatedDate) and memberships (Id → its AccountId)        |
| Opportunity | accounts: renewal_date = CloseDate of the next open renewal (`renewal_types`), its Amount as a trait |
| Case        | touchpoints, kind support_ticket                                           |
| Task        | touchpoints, kind call / email (TaskSubtype) or note                       |
| Event       | touchpoints, kind cs_meeting, at StartDateTime                             |

Every query filters `SystemModstamp >= cursor` and orders by it, so an incremental pull reads only what
changed; the first pull (no cursor) reads everything. Records that point at an account banso cannot name
(no AccountId, or the account lacks the `account_key` field) are skipped and counted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any

from banso.config.connectors import PullObject, SalesforceConnector
from banso.connectors.salesforce.client import SalesforceApi
from banso.connectors.salesforce.soql import in_list, soql
from banso.connectors.secrets import Credentials
from banso.connectors.staging import DERIVED, Stage, flatten
from banso.ingest.loader import Progress
from banso.job_progress import records_read

BASE_FIELDS: dict[str, list[str]] = {
    "Account": ["Id", "Name", "Owner.Name", "CreatedDate", "SystemModstamp"],
    "Contact": ["Id", "AccountId", "Email", "FirstName", "LastName", "Title", "CreatedDate", "SystemModstamp"],
    "Opportunity": ["Id", "AccountId", "SystemModstamp"],
    "Case": ["Id", "AccountId", "ContactId", "CaseNumber", "Subject", "Description", "Status", "Priority", "Origin",
             "CreatedDate", "ClosedDate", "SystemModstamp"],
    "Task": ["Id", "AccountId", "WhoId", "Subject", "Description", "TaskSubtype", "Status", "ActivityDate",
             "CreatedDate", "SystemModstamp"],
    "Event": ["Id", "AccountId", "WhoId", "Subject", "Description", "StartDateTime", "EndDateTime", "CreatedDate",
              "SystemModstamp"],
}
ORDER = ("Account", "Contact", "Opportunity", "Case", "Task", "Event")
TOUCHPOINT_COLUMNS = {"touchpoint_id": "Id", "account_id": "__banso_account_id", "kind": "__banso_kind",
                      "title": "Subject", "body": "Description"}
TASK_KINDS = {"Call": "call", "Email": "email", "ListEmail": "email", "Cadence": "note", "LinkedIn": "note"}


class SalesforcePull:
    def __init__(self, name: str, conn: SalesforceConnector, creds: Credentials,
                 sleep: Callable[[float], None] | None = None):
        self.name, self.conn = name, conn
        self.key = conn.account_key or "Id"
        self.api = SalesforceApi(name, conn, creds, sleep)
        self.keys: dict[str, str | None] = {}  # Salesforce Account Id -> banso account id
        self.selected: dict[str, list[str]] = {}  # the fields each query asked for

    def read(self, stage: Stage, since: dict[str, str], progress: Progress | None) -> dict[str, str]:
        reached: dict[str, str] = {}
        for obj in ORDER:
            mapping = self.conn.pull.get(obj)  # type: ignore[call-overload]
            if mapping is None:
                continue
            records = self._changed(obj, mapping, since.get(obj), stage, progress)
            reached[obj] = max([since.get(obj, "")] + [r.get("SystemModstamp") or "" for r in records]) or ""
            if not reached[obj]:
                reached.pop(obj)
            getattr(self, "_" + obj.lower())(records, mapping, stage)
        return reached

    # -- reading -----------------------------------------------------------------------------
    def _fields(self, obj: str, mapping: PullObject) -> list[str]:
        wanted = list(BASE_FIELDS[obj]) + list(mapping.columns.values()) + list(mapping.fields)
        if obj == "Account" and self.key != "Id":
            wanted.append(self.key)
        return list(dict.fromkeys(f for f in wanted if not f.startswith(DERIVED)))

    def _changed(self, obj: str, mapping: PullObject, cursor: str | None, stage: Stage,
                 progress: Progress | None) -> list[dict[str, Any]]:
        fields = self._fields(obj, mapping)
        self.selected[obj] = fields
        where = [("SystemModstamp", ">=", soql_datetime(cursor))] if cursor else []
        records: list[dict[str, Any]] = []
        for page in self.api.query(soql(fields, obj, where, order="SystemModstamp")):
            records += [flatten(r) for r in page]
            stage.count(obj, len(page))
            if progress:
                progress(len(records), len(records), records_read(self.name, obj, len(records)))
        return records

    def _resolve(self, ids: Iterable[str | None]) -> None:
        """Learn the banso id of Accounts referenced but not read in this pull (only when account_key is a field)."""
        wanted = sorted({i for i in ids if i and i not in self.keys})
        if self.key == "Id":
            self.keys.update({i: i for i in wanted})
            return
        for start in range(0, len(wanted), 200):
            chunk = wanted[start:start + 200]
            for page in self.api.query(soql(["Id", self.key], "Account", [("Id", "IN", in_list(chunk))])):
                for r in page:
                    self.keys[r["Id"]] = _str(r.get(self.key))
            for i in chunk:
                self.keys.setdefault(i, None)

    def _with_account(self, records: list[dict[str, Any]], obj: str, stage: Stage) -> list[dict[str, Any]]:
        self._resolve(r.get("AccountId") for r in records)
        out = []
        for r in records:
            account = self.keys.get(r.get("AccountId") or "")
            if account is None:
                stage.skip(f"{obj} without an account" + ("" if self.key == "Id" else f" ({self.key})"))
                continue
            out.append({**r, "__banso_account_id": account})
        return out

    # -- objects -----------------------------------------------------------------------------
    def _account(self, records: list[dict[str, Any]], mapping: PullObject, stage: Stage) -> None:
        part = stage.part("Account", "accounts", {"account_id": self.key, "name": "Name", "owner": "Owner.Name",
                                                  "crm_url": "__banso_crm_url"}, self.selected["Account"])
        for r in records:
            account = r.get(self.key)
            self.keys[str(r["Id"])] = account
            if not account:
                stage.skip(f"Account without {self.key}")
                continue
            part.add(str(r["Id"]), {**r, "__banso_crm_url": self.api.record_url(str(r["Id"]))})

    def _contact(self, records: list[dict[str, Any]], mapping: PullObject, stage: Stage) -> None:
        users = stage.part("Contact", "users", {"user_id": "Id", "email": "Email", "created_at": "CreatedDate"},
                           self.selected["Contact"])
        members = stage.part("Contact", "memberships", {"user_id": "Id", "account_id": "__banso_account_id"})
        for r in records:
            users.add(str(r["Id"]), r)
        alone = sum(1 for r in records if not r.get("AccountId"))
        if alone:
            stage.skip("Contact without an account (a user, no membership)", alone)
        for r in self._with_account([r for r in records if r.get("AccountId")], "Contact", stage):
            members.add(str(r["Id"]), r)

    def _opportunity(self, records: list[dict[str, Any]], mapping: PullObject, stage: Stage) -> None:
        """For each account with a changed opportunity, its next open renewal (or none any more)."""
        accounts = sorted({str(r["AccountId"]) for r in records if r.get("AccountId")})
        part = stage.part("Opportunity", "accounts", {"account_id": "__banso_account_id",
                                                      "renewal_date": "renewal_date"})
        nxt: dict[str, dict[str, Any]] = {}
        for start in range(0, len(accounts), 200):
            query = soql(["Id", "AccountId", "CloseDate", "Amount"], "Opportunity",
                         [("AccountId", "IN", in_list(accounts[start:start + 200])), ("IsClosed", "=", "false"),
                          ("Type", "IN", in_list(self.conn.renewal_types))], order="CloseDate")
            for page in self.api.query(query):
                for r in page:
                    nxt.setdefault(str(r["AccountId"]), r)
        rows = [{"AccountId": a, "renewal_date": _str((nxt.get(a) or {}).get("CloseDate")),
                 "renewal_amount": _str((nxt.get(a) or {}).get("Amount")),
                 "renewal_opportunity": _str((nxt.get(a) or {}).get("Id"))} for a in accounts]
        for r in self._with_account(rows, "Opportunity", stage):
            part.add(r["__banso_account_id"], r)

    def _touchpoints(self, obj: str, records: list[dict[str, Any]], columns: dict[str, str],
                     kind: Callable[[dict[str, Any]], str], stage: Stage) -> None:
        part = stage.part(obj, "touchpoints", {**TOUCHPOINT_COLUMNS, **columns}, self.selected[obj])
        for r in self._with_account(records, obj, stage):
            part.add(str(r["Id"]), {**r, "__banso_kind": kind(r)})

    def _case(self, records: list[dict[str, Any]], mapping: PullObject, stage: Stage) -> None:
        self._touchpoints("Case", records, {"ts": "CreatedDate", "user_id": "ContactId"},
                          lambda r: "support_ticket", stage)

    def _task(self, records: list[dict[str, Any]], mapping: PullObject, stage: Stage) -> None:
        self._touchpoints("Task", records, {"ts": "CreatedDate", "user_id": "WhoId"},
                          lambda r: TASK_KINDS.get(r.get("TaskSubtype") or "", "note"), stage)

    def _event(self, records: list[dict[str, Any]], mapping: PullObject, stage: Stage) -> None:
        self._touchpoints("Event", records, {"ts": "StartDateTime", "user_id": "WhoId"},
                          lambda r: "cs_meeting", stage)


def soql_datetime(stamp: str) -> str:
    """A SystemModstamp as a SOQL dateTime literal, to the second (the filter uses >=, so nothing is lost).

    >>> soql_datetime("2026-04-01T09:30:12.000+0000")
    '2026-04-01T09:30:12Z'
    """
    moment = datetime.fromisoformat(stamp.replace("+0000", "+00:00").replace("Z", "+00:00"))
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _str(value: Any) -> str | None:
    return None if value is None else str(value)
