"""A stand-in for the Salesforce REST API v62.0 (Winter '25), for the objects banso reads and writes.

What it implements, as the REST API Developer Guide and the OAuth 2.0 client credentials flow describe:

- `POST /services/oauth2/token` (grant_type=client_credentials): `access_token` and `instance_url`;
  bad client credentials answer 400 `{"error": "invalid_client", "error_description": …}`.
- Every REST call needs `Authorization: Bearer`; a wrong or expired token answers 401
  `[{"errorCode": "INVALID_SESSION_ID", "message": "Session expired or invalid"}]`.
- `GET /services/data/v62.0/query?q=SOQL`: `totalSize`, `done`, `records` (each with `attributes`),
  and `nextRecordsUrl` (`/services/data/v62.0/query/<locator>-<n>`) while rows remain; a query's rows are
  fixed when it runs, as a query locator's are. Batches are at most 2,000 rows (`batch_size` makes them
  smaller, as Salesforce may). Unknown fields answer 400 INVALID_FIELD, bad syntax MALFORMED_QUERY.
- `GET /services/data/v62.0/sobjects/<Object>/describe`: the fields with their type and `updateable`.
- `PATCH /services/data/v62.0/composite/sobjects`: up to 200 records, one result per record
  (`success`, `errors` with `statusCode`); more than 200 answers 400 EXCEEDED_ID_LIMIT.
- `Sforce-Limit-Info: api-usage=<used>/<allowance>` on every REST answer; past the allowance, 403
  `[{"errorCode": "REQUEST_LIMIT_EXCEEDED", "message": "TotalRequests Limit exceeded."}]`.
- Writing a record moves its `SystemModstamp`; versions other than v62.0 answer 404 NOT_FOUND.
"""

from __future__ import annotations

import itertools
import secrets
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs

from banso.demo.vendors.base import Request, Response, StandIn
from banso.demo.vendors.soql import SoqlError, matches, parse

VERSION = "v62.0"
PREFIX = {"Account": "001", "Contact": "003", "Opportunity": "006", "Case": "500", "Task": "00T", "Event": "00U",
          "User": "005"}
FIELDS: dict[str, dict[str, str]] = {  # standard fields and their describe types
    "Account": {"Id": "id", "Name": "string", "OwnerId": "reference", "Type": "picklist", "Industry": "picklist",
                "AnnualRevenue": "currency", "NumberOfEmployees": "int", "CreatedDate": "datetime",
                "SystemModstamp": "datetime"},
    "Contact": {"Id": "id", "AccountId": "reference", "Email": "email", "FirstName": "string", "LastName": "string",
                "Title": "string", "CreatedDate": "datetime", "SystemModstamp": "datetime"},
    "Opportunity": {"Id": "id", "AccountId": "reference", "Name": "string", "CloseDate": "date", "Amount": "currency",
                    "Type": "picklist", "StageName": "picklist", "IsClosed": "boolean", "IsWon": "boolean",
                    "CreatedDate": "datetime", "SystemModstamp": "datetime"},
    "Case": {"Id": "id", "AccountId": "reference", "ContactId": "reference", "CaseNumber": "string",
             "Subject": "string", "Description": "textarea", "Status": "picklist", "Priority": "picklist",
             "Origin": "picklist", "CreatedDate": "datetime", "ClosedDate": "datetime", "SystemModstamp": "datetime"},
    "Task": {"Id": "id", "AccountId": "reference", "WhoId": "reference", "Subject": "string",
             "Description": "textarea", "TaskSubtype": "picklist", "Status": "picklist", "ActivityDate": "date",
             "CreatedDate": "datetime", "SystemModstamp": "datetime"},
    "Event": {"Id": "id", "AccountId": "reference", "WhoId": "reference", "Subject": "string",
              "Description": "textarea", "StartDateTime": "datetime", "EndDateTime": "datetime",
              "CreatedDate": "datetime", "SystemModstamp": "datetime"},
    "User": {"Id": "id", "Name": "string", "Email": "email"},
}
READ_ONLY = {"Id", "CreatedDate", "SystemModstamp", "IsClosed", "IsWon", "CaseNumber"}
RELATIONS = {"Owner": ("OwnerId", "User"), "Account": ("AccountId", "Account")}


def stamp(moment: datetime) -> str:
    """How the REST API writes a dateTime: 2026-04-01T09:30:00.000+0000."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000+0000")


class SalesforceServer(StandIn):
    def __init__(self, client_id: str = "banso-client", client_secret: str = "banso-secret", *,
                 allowance: int = 15_000, batch_size: int = 2000, start: datetime | None = None):
        super().__init__()
        self.client_id, self.client_secret = client_id, client_secret
        self.allowance, self.used = allowance, 0
        self.batch_size = min(batch_size, 2000)
        self.tokens: set[str] = set()
        self.records: dict[str, dict[str, dict[str, Any]]] = {obj: {} for obj in FIELDS}
        self.custom: dict[str, dict[str, str]] = {obj: {} for obj in FIELDS}  # custom fields: name -> type
        self.locators: dict[str, list[dict[str, Any]]] = {}
        self.clock = start or datetime(2026, 4, 1, 9, 0, tzinfo=UTC)
        self._ids = itertools.count(1)

    # -- data for tests and the demo ---------------------------------------------------------
    def tick(self) -> datetime:
        """The server's clock moves one second per write, so SystemModstamps are ordered."""
        self.clock += timedelta(seconds=1)
        return self.clock

    def add_field(self, obj: str, name: str, kind: str = "string") -> None:
        if not name.endswith("__c"):
            raise ValueError("custom fields end in __c")
        self.custom[obj][name] = kind

    def add(self, obj: str, values: dict[str, Any]) -> str:
        with self.lock:
            record_id = values.get("Id") or f"{PREFIX[obj]}5g00000{next(self._ids):08d}AAA"[:18]
            now = stamp(self.tick())
            self.records[obj][record_id] = {**values, "Id": record_id, "CreatedDate": values.get("CreatedDate", now),
                                            "SystemModstamp": now}
            return str(record_id)

    def update(self, obj: str, record_id: str, values: dict[str, Any]) -> None:
        with self.lock:
            self.records[obj][record_id].update(values)
            self.records[obj][record_id]["SystemModstamp"] = stamp(self.tick())

    def fields(self, obj: str) -> dict[str, str]:
        return {**FIELDS[obj], **self.custom[obj]}

    # -- the API -----------------------------------------------------------------------------
    def handle(self, req: Request) -> Response:
        if req.path == "/services/oauth2/token" and req.method == "POST":
            return self._token(req)
        if not req.path.startswith("/services/data/"):
            return _error(404, "NOT_FOUND", "The requested resource does not exist")
        auth = req.header("Authorization") or ""
        if not auth.startswith("Bearer ") or auth[7:] not in self.tokens:
            return _error(401, "INVALID_SESSION_ID", "Session expired or invalid")
        self.used += 1
        if self.used > self.allowance:
            return _error(403, "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.")
        response = self._rest(req)
        response.headers["Sforce-Limit-Info"] = f"api-usage={self.used}/{self.allowance}"
        return response

    def _token(self, req: Request) -> Response:
        form = {k: v[0] for k, v in parse_qs(req.body.decode()).items()}
        if form.get("grant_type") != "client_credentials":
            return Response(400, {"error": "unsupported_grant_type", "error_description": "grant type not supported"})
        if form.get("client_id") != self.client_id or form.get("client_secret") != self.client_secret:
            return Response(400, {"error": "invalid_client", "error_description": "invalid client credentials"})
        token = "00D5g000004AbCd!" + secrets.token_urlsafe(24)
        self.tokens.add(token)
        return Response(200, {"access_token": token, "instance_url": self.url, "token_type": "Bearer",
                              "id": f"{self.url}/id/00D5g000004AbCdEAK/0055g00000AbCdEAAV",
                              "issued_at": str(int(self.clock.timestamp() * 1000)), "signature": "c2lnbmF0dXJl"})

    def expire_sessions(self) -> None:
        self.tokens.clear()

    def _rest(self, req: Request) -> Response:
        rest = req.path.removeprefix("/services/data/")
        version, _, path = rest.partition("/")
        if version != VERSION:
            return _error(404, "NOT_FOUND", "The requested resource does not exist")
        if path in ("query", "query/") and req.method == "GET":
            return self._query(req.arg("q") or "")
        if path.startswith("query/") and req.method == "GET":
            return self._more(path.removeprefix("query/"))
        if path.startswith("sobjects/") and path.endswith("/describe") and req.method == "GET":
            return self._describe(path.split("/")[1])
        if path == "composite/sobjects" and req.method == "PATCH":
            return self._update(req.json())
        return _error(404, "NOT_FOUND", "The requested resource does not exist")

    def _query(self, soql: str) -> Response:
        try:
            q = parse(soql)
        except SoqlError as exc:
            return _error(400, exc.code, str(exc))
        if q.obj not in self.records:
            return _error(400, "INVALID_TYPE", f"sObject type '{q.obj}' is not supported.")
        known = self.fields(q.obj)
        for name in q.fields + [c.field for c in q.where] + ([q.order] if q.order else []):
            head, _, tail = name.partition(".")
            ok = name in known if not tail else (head in RELATIONS and tail in self.fields(RELATIONS[head][1]))
            if not ok:
                return _error(400, "INVALID_FIELD", f"No such column '{name}' on entity '{q.obj}'. If you are "
                              "attempting to use a custom field, be sure to append the '__c' after the custom "
                              "field name.")
        rows = [r for r in self.records[q.obj].values() if all(matches(r.get(c.field), c) for c in q.where)]
        if q.order:
            key = q.order
            rows.sort(key=lambda r: (r.get(key) is None, str(r.get(key) or "")), reverse=q.descending)
        if q.limit is not None:
            rows = rows[: q.limit]
        result = [self._shape(q.obj, r, q.fields) for r in rows]
        locator = "01g5g00000" + secrets.token_hex(4)
        self.locators[locator] = result
        return Response(200, self._page(locator, 0))

    def _more(self, ident: str) -> Response:
        locator, _, offset = ident.rpartition("-")
        if locator not in self.locators or not offset.isdigit():
            return _error(400, "INVALID_QUERY_LOCATOR", "invalid query locator")
        return Response(200, self._page(locator, int(offset)))

    def _page(self, locator: str, offset: int) -> dict[str, Any]:
        rows = self.locators[locator]
        chunk = rows[offset: offset + self.batch_size]
        done = offset + len(chunk) >= len(rows)
        page: dict[str, Any] = {"totalSize": len(rows), "done": done, "records": chunk}
        if not done:
            page["nextRecordsUrl"] = f"/services/data/{VERSION}/query/{locator}-{offset + len(chunk)}"
        return page

    def _shape(self, obj: str, record: dict[str, Any], fields: list[str]) -> dict[str, Any]:
        out: dict[str, Any] = {"attributes": {"type": obj, "url": f"/services/data/{VERSION}/sobjects/{obj}/{record['Id']}"}}
        for name in fields:
            head, _, tail = name.partition(".")
            if not tail:
                out[name] = record.get(name)
                continue
            ref_field, target = RELATIONS[head]
            parent = self.records[target].get(record.get(ref_field) or "")
            if parent is None:
                out[head] = None
                continue
            nested = out.get(head) or {"attributes": {"type": target, "url": f"/services/data/{VERSION}/sobjects/"
                                                      f"{target}/{parent['Id']}"}}
            nested[tail] = parent.get(tail)
            out[head] = nested
        return out

    def _describe(self, obj: str) -> Response:
        if obj not in self.records:
            return _error(404, "NOT_FOUND", "The requested resource does not exist")
        fields = [{"name": n, "type": t, "label": n.removesuffix("__c").replace("_", " "), "custom": n.endswith("__c"),
                   "updateable": n not in READ_ONLY and t != "id"} for n, t in self.fields(obj).items()]
        return Response(200, {"name": obj, "label": obj, "updateable": True, "fields": fields})

    def _update(self, body: Any) -> Response:
        records = body.get("records") if isinstance(body, dict) else None
        if not isinstance(records, list):
            return _error(400, "JSON_PARSER_ERROR", "records: expected an array")
        if len(records) > 200:
            return _error(400, "EXCEEDED_ID_LIMIT", "record limit reached. cannot submit more than 200 records "
                          "into this call")
        results = []
        for rec in records:
            obj = (rec.get("attributes") or {}).get("type")
            record_id = rec.get("id") or rec.get("Id")
            existing = self.records.get(obj or "", {}).get(record_id or "")
            if existing is None:
                results.append({"success": False, "errors": [{"statusCode": "INVALID_CROSS_REFERENCE_KEY",
                                                             "message": "invalid cross reference id", "fields": []}]})
                continue
            values = {k: v for k, v in rec.items() if k not in ("attributes", "id", "Id")}
            known = self.fields(obj or "")
            bad = [k for k in values if k not in known or k in READ_ONLY]
            if bad:
                results.append({"id": record_id, "success": False, "errors": [{
                    "statusCode": "INVALID_FIELD_FOR_INSERT_UPDATE",
                    "message": f"Unable to create/update fields: {', '.join(bad)}. Please check the security settings "
                               "of this field and verify that it is read/write for your profile or permission set.",
                    "fields": bad}]})
                continue
            self.update(obj or "", record_id or "", values)
            results.append({"id": record_id, "success": True, "errors": []})
        return Response(200, results)


def _error(status: int, code: str, message: str) -> Response:
    return Response(status, [{"message": message, "errorCode": code}])
