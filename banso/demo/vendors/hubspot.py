"""A stand-in for HubSpot's CRM APIs (objects and search v3, associations v4, properties v3, lists v3,
owners v3), as their OpenAPI descriptions and the API usage guidelines describe them.

- Every call needs `Authorization: Bearer <private app token>`; otherwise 401
  `{"status": "error", "category": "INVALID_AUTHENTICATION", "message": …, "correlationId": …}`.
- `POST /crm/v3/objects/{type}/search`: `filterGroups` (EQ, NEQ, GT, GTE, LT, LTE, IN, HAS_PROPERTY; dates as
  epoch milliseconds), `sorts` (`{"propertyName", "direction"}`), `properties`, `limit` (at most 200) and
  `after`; answers `total`, `results` and `paging.next.after`. A search pages through at most 10,000
  results (`search_cap`): asking past them is a 400 VALIDATION_ERROR. At most 5 search requests a second.
- `POST /crm/v3/objects/{type}/batch/read` (by id, or by a unique property named in `idProperty`) and
  `/batch/update`: at most 100 inputs; every property value
  is text; an unknown property is a 400 VALIDATION_ERROR naming it (PROPERTY_DOESNT_EXIST); ids not found
  are answered 207 with `errors` (OBJECT_NOT_FOUND) beside the records that were written.
- `POST /crm/v4/associations/{from}/{to}/batch/read`: at most 1,000 inputs; records without any association
  come back in `errors` (207, NO_ASSOCIATIONS_FOUND).
- `GET|POST /crm/v3/properties/{type}`: list and create properties (409 OBJECT_ALREADY_EXISTS).
- `PUT /crm/v3/lists/{listId}/memberships/add-and-remove`: only MANUAL (static) lists; answers
  `recordsIdsAdded`, `recordIdsRemoved`, `recordIdsMissing`.
- `GET /crm/v3/owners/`: owners, paged.
- Rate limit: 190 requests in any ten seconds (Professional, private app); past it 429
  `{"errorType": "RATE_LIMIT", "policyName": "TEN_SECONDLY_ROLLING", …}` with the X-HubSpot-RateLimit
  headers and no Retry-After, as HubSpot sends it.
"""

from __future__ import annotations

import itertools
import re
import time
import uuid
from collections import deque
from datetime import UTC, datetime, timedelta
from typing import Any

from banso.demo.vendors.base import Request, Response, StandIn

OBJECTS = ("companies", "contacts", "deals", "tickets", "notes", "calls", "meetings", "emails")
DEFAULT_PROPERTIES: dict[str, list[str]] = {
    "companies": ["name", "domain", "hubspot_owner_id", "industry", "numberofemployees"],
    "contacts": ["email", "firstname", "lastname", "jobtitle"],
    "deals": ["dealname", "closedate", "amount", "dealtype", "dealstage", "hs_is_closed"],
    "tickets": ["subject", "content", "hs_pipeline_stage", "hs_ticket_priority"],
    "notes": ["hs_note_body", "hs_timestamp"],
    "calls": ["hs_call_title", "hs_call_body", "hs_call_direction", "hs_timestamp"],
    "meetings": ["hs_meeting_title", "hs_meeting_body", "hs_meeting_start_time", "hs_timestamp"],
    "emails": ["hs_email_subject", "hs_email_text", "hs_email_direction", "hs_timestamp"],
}
ALWAYS = ("hs_object_id", "createdate", "hs_lastmodifieddate", "lastmodifieddate")
TYPE_IDS = {("contacts", "companies"): 279, ("companies", "contacts"): 280, ("deals", "companies"): 341,
            ("companies", "deals"): 342, ("tickets", "companies"): 339, ("notes", "companies"): 190,
            ("calls", "companies"): 182, ("meetings", "companies"): 188, ("emails", "companies"): 186}


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def _ms(value: Any) -> float | None:
    if value is None or value == "":
        return None
    text = str(value)
    if re.fullmatch(r"-?\d+(\.\d+)?", text):
        return float(text)
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp() * 1000
    except ValueError:
        return None


class HubSpotServer(StandIn):
    def __init__(self, token: str = "pat-na1-banso-test", *, search_cap: int = 10_000, rate_limit: bool = True,
                 start: datetime | None = None):
        super().__init__()
        self.token = token
        self.search_cap = search_cap
        self.rate_limit = rate_limit
        self.records: dict[str, dict[str, dict[str, Any]]] = {o: {} for o in OBJECTS}
        self.properties: dict[str, dict[str, dict[str, Any]]] = {
            o: {p: _property(p, "string") for p in (*DEFAULT_PROPERTIES[o], *ALWAYS)} for o in OBJECTS}
        self.links: dict[tuple[str, str], set[tuple[str, str]]] = {}
        self.lists: dict[str, dict[str, Any]] = {}
        self.owners: dict[str, dict[str, Any]] = {}
        self.clock = start or datetime(2026, 4, 1, 9, 0, tzinfo=UTC)
        self._ids = itertools.count(1001)
        self._calls: deque[float] = deque()
        self._searches: deque[float] = deque()

    # -- data for tests and the demo ---------------------------------------------------------
    def tick(self) -> datetime:
        self.clock += timedelta(seconds=1)
        return self.clock

    def add_property(self, object_type: str, name: str, kind: str = "string", *, unique: bool = False) -> None:
        self.properties[object_type][name] = {**_property(name, kind), "hasUniqueValue": unique}

    def add(self, object_type: str, properties: dict[str, Any], record_id: str | None = None) -> str:
        with self.lock:
            rid = record_id or str(next(self._ids))
            now = iso(self.tick())
            values = {k: (None if v is None else str(v)) for k, v in properties.items()}
            for name in values:
                self.properties[object_type].setdefault(name, _property(name, "string"))
            self.records[object_type][rid] = {**values, "hs_object_id": rid, "createdate": values.get("createdate")
                                              or now, "hs_lastmodifieddate": now, "lastmodifieddate": now}
            return rid

    def update(self, object_type: str, rid: str, properties: dict[str, Any]) -> None:
        with self.lock:
            rec = self.records[object_type][rid]
            rec.update({k: (None if v is None else str(v)) for k, v in properties.items()})
            now = iso(self.tick())
            rec["hs_lastmodifieddate"] = rec["lastmodifieddate"] = now

    def associate(self, from_type: str, from_id: str, to_type: str, to_id: str) -> None:
        with self.lock:
            self.links.setdefault((from_type, to_type), set()).add((from_id, to_id))
            self.links.setdefault((to_type, from_type), set()).add((to_id, from_id))

    def add_list(self, name: str, processing_type: str = "MANUAL") -> str:
        list_id = str(next(self._ids))
        self.lists[list_id] = {"name": name, "processingType": processing_type, "members": set()}
        return list_id

    def add_owner(self, first: str, last: str, email: str) -> str:
        oid = str(next(self._ids))
        self.owners[oid] = {"id": oid, "firstName": first, "lastName": last, "email": email, "userId": int(oid),
                            "type": "PERSON", "archived": False, "createdAt": iso(self.clock),
                            "updatedAt": iso(self.clock)}
        return oid

    # -- the API -----------------------------------------------------------------------------
    def handle(self, req: Request) -> Response:
        if (req.header("Authorization") or "") != f"Bearer {self.token}":
            return _error(401, "INVALID_AUTHENTICATION", "Authentication credentials not found. This API supports "
                          "OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/"
                          "docs/methods/auth/oauth-overview")
        limited = self._limited(req)
        if limited is not None:
            return limited
        path = req.path.rstrip("/")
        m = re.fullmatch(r"/crm/v3/objects/(\w+)/search", path)
        if m and req.method == "POST":
            return self._search(m.group(1), req.json() or {})
        m = re.fullmatch(r"/crm/v3/objects/(\w+)/batch/(read|update)", path)
        if m and req.method == "POST":
            return (self._batch_read if m.group(2) == "read" else self._batch_update)(m.group(1), req.json() or {})
        m = re.fullmatch(r"/crm/v4/associations/(\w+)/(\w+)/batch/read", path)
        if m and req.method == "POST":
            return self._associations(m.group(1), m.group(2), req.json() or {})
        m = re.fullmatch(r"/crm/v3/properties/(\w+)", path)
        if m and m.group(1) in OBJECTS:
            if req.method == "GET":
                return Response(200, {"results": list(self.properties[m.group(1)].values())})
            if req.method == "POST":
                return self._create_property(m.group(1), req.json() or {})
        m = re.fullmatch(r"/crm/v3/lists/(\d+)/memberships/add-and-remove", path)
        if m and req.method == "PUT":
            return self._list_members(m.group(1), req.json() or {})
        if path == "/crm/v3/owners" and req.method == "GET":
            return self._owners(req)
        return _error(404, "OBJECT_NOT_FOUND", f"resource not found: {req.method} {req.path}")

    def _limited(self, req: Request) -> Response | None:
        if not self.rate_limit:
            return None
        now = time.monotonic()
        while self._calls and now - self._calls[0] >= 10:
            self._calls.popleft()
        headers = {"X-HubSpot-RateLimit-Interval-Milliseconds": "10000", "X-HubSpot-RateLimit-Max": "190",
                   "X-HubSpot-RateLimit-Remaining": str(max(0, 190 - len(self._calls) - 1))}
        if len(self._calls) >= 190:
            return Response(429, {"status": "error", "message": "You have reached your ten_secondly_rolling limit.",
                                  "errorType": "RATE_LIMIT", "correlationId": str(uuid.uuid4()),
                                  "policyName": "TEN_SECONDLY_ROLLING", "groupName": "publicapi:private-app"},
                            headers={**headers, "X-HubSpot-RateLimit-Remaining": "0"})
        self._calls.append(now)
        if req.path.endswith("/search"):
            while self._searches and now - self._searches[0] >= 1:
                self._searches.popleft()
            if len(self._searches) >= 5:
                return Response(429, {"status": "error", "message": "You have reached your secondly limit.",
                                      "errorType": "RATE_LIMIT", "correlationId": str(uuid.uuid4()),
                                      "policyName": "SECONDLY"})
            self._searches.append(now)
        return None

    def _shape(self, object_type: str, rid: str, properties: list[str] | None) -> dict[str, Any]:
        rec = self.records[object_type][rid]
        names = properties if properties else [*DEFAULT_PROPERTIES[object_type], "createdate", "hs_object_id",
                                                 "hs_lastmodifieddate"]
        props = {p: rec.get(p) for p in dict.fromkeys([*names, "hs_object_id", "createdate",
                                                        "hs_lastmodifieddate"]) if p in self.properties[object_type]}
        if object_type == "contacts":
            props["lastmodifieddate"] = rec.get("lastmodifieddate")
        return {"id": rid, "properties": props, "createdAt": rec["createdate"], "updatedAt": rec["hs_lastmodifieddate"],
                "archived": False}

    def _search(self, object_type: str, body: dict[str, Any]) -> Response:
        if object_type not in OBJECTS:
            return _error(400, "VALIDATION_ERROR", f"Unable to infer object type from: {object_type}")
        limit = int(body.get("limit") or 10)
        after = int(body.get("after") or 0)
        if limit > 200:
            return _error(400, "VALIDATION_ERROR", "limit must be at most 200")
        if after + limit > self.search_cap:
            return _error(400, "VALIDATION_ERROR", f"The search API cannot page past {self.search_cap} results; "
                          "narrow the query")
        rows = [rid for rid, rec in self.records[object_type].items()
                if not body.get("filterGroups") or any(all(_match(rec, f) for f in g.get("filters", []))
                                                       for g in body["filterGroups"])]
        for sort in reversed(body.get("sorts") or []):
            name = sort if isinstance(sort, str) else sort.get("propertyName")
            desc = not isinstance(sort, str) and sort.get("direction") == "DESCENDING"
            rows.sort(key=lambda r, n=name: (_ms(self.records[object_type][r].get(n)) or 0,
                                             int(r) if r.isdigit() else 0), reverse=desc)
        if not body.get("sorts"):
            rows.sort(key=lambda r: int(r) if r.isdigit() else 0)
        chunk = rows[after: after + limit]
        page: dict[str, Any] = {"total": len(rows), "results": [self._shape(object_type, r, body.get("properties"))
                                                                for r in chunk]}
        if after + limit < len(rows):
            page["paging"] = {"next": {"after": str(after + limit), "link": "?after=" + str(after + limit)}}
        return Response(200, page)

    def _batch_read(self, object_type: str, body: dict[str, Any]) -> Response:
        inputs = body.get("inputs") or []
        if len(inputs) > 100:
            return _error(400, "VALIDATION_ERROR", "Batch input size exceeds limit of 100")
        id_property = body.get("idProperty")
        if id_property and id_property != "hs_object_id":
            if not self.properties[object_type].get(id_property, {}).get("hasUniqueValue"):
                return _error(400, "VALIDATION_ERROR", f"{id_property} is not a unique property; idProperty must be "
                              "a property with unique values")
            index = {str(r.get(id_property)): rid for rid, r in self.records[object_type].items()
                     if r.get(id_property) not in (None, "")}
            found = [index[str(i["id"])] for i in inputs if str(i.get("id")) in index]
            missing = [i["id"] for i in inputs if str(i.get("id")) not in index]
        else:
            found = [i["id"] for i in inputs if i.get("id") in self.records.get(object_type, {})]
            missing = [i["id"] for i in inputs if i.get("id") not in self.records.get(object_type, {})]
        return self._batch([self._shape(object_type, r, body.get("properties")) for r in found], missing)

    def _batch_update(self, object_type: str, body: dict[str, Any]) -> Response:
        inputs = body.get("inputs") or []
        if len(inputs) > 100:
            return _error(400, "VALIDATION_ERROR", "Batch input size exceeds limit of 100")
        unknown = sorted({p for i in inputs for p in (i.get("properties") or {})
                          if p not in self.properties[object_type]})
        if unknown:
            details = ", ".join(f'{{"isValid":false,"message":"Property \\"{p}\\" does not exist",'
                                f'"error":"PROPERTY_DOESNT_EXIST","name":"{p}"}}' for p in unknown)
            return _error(400, "VALIDATION_ERROR", f"Property values were not valid: [{details}]")
        done, missing = [], []
        for i in inputs:
            if i.get("id") not in self.records[object_type]:
                missing.append(i.get("id"))
                continue
            self.update(object_type, i["id"], i.get("properties") or {})
            done.append(self._shape(object_type, i["id"], list(i.get("properties") or {})))
        return self._batch(done, missing)

    def _batch(self, results: list[dict[str, Any]], missing: list[Any]) -> Response:
        body: dict[str, Any] = {"status": "COMPLETE", "results": results, "startedAt": iso(self.clock),
                                "completedAt": iso(self.clock)}
        if not missing:
            return Response(200, body)
        body["numErrors"] = 1
        body["errors"] = [{"status": "error", "category": "OBJECT_NOT_FOUND", "message": "Could not get some "
                           "records", "context": {"ids": [str(m) for m in missing]}}]
        return Response(207, body)

    def _associations(self, from_type: str, to_type: str, body: dict[str, Any]) -> Response:
        inputs = body.get("inputs") or []
        if len(inputs) > 1000:
            return _error(400, "VALIDATION_ERROR", "Batch input size exceeds limit of 1000")
        pairs = self.links.get((from_type, to_type), set())
        results, lonely = [], []
        for i in inputs:
            targets = sorted(t for f, t in pairs if f == str(i.get("id")))
            if not targets:
                lonely.append(str(i.get("id")))
                continue
            type_id = TYPE_IDS.get((from_type, to_type), 1)
            results.append({"from": {"id": str(i["id"])}, "to": [
                {"toObjectId": int(t), "associationTypes": [{"category": "HUBSPOT_DEFINED", "typeId": type_id,
                                                             "label": None}]} for t in targets]})
        out: dict[str, Any] = {"status": "COMPLETE", "results": results, "startedAt": iso(self.clock),
                               "completedAt": iso(self.clock)}
        if not lonely:
            return Response(200, out)
        out["numErrors"] = len(lonely)
        out["errors"] = [{"status": "error", "category": "OBJECT_NOT_FOUND", "subCategory":
                          "crm.associations.NO_ASSOCIATIONS_FOUND", "context": {"fromObjectId": [x]},
                          "message": f"No {to_type[:-1]} is associated with {from_type[:-1]} {x}."} for x in lonely]
        return Response(207, out)

    def _create_property(self, object_type: str, body: dict[str, Any]) -> Response:
        missing = [k for k in ("name", "label", "type", "fieldType", "groupName") if not body.get(k)]
        if missing:
            return _error(400, "VALIDATION_ERROR", f"missing: {', '.join(missing)}")
        if body["name"] in self.properties[object_type]:
            return _error(409, "OBJECT_ALREADY_EXISTS", f"Property named '{body['name']}' already exists.")
        self.properties[object_type][body["name"]] = _property(body["name"], body["type"], body["fieldType"],
                                                              body["label"], body["groupName"])
        return Response(201, self.properties[object_type][body["name"]])

    def _list_members(self, list_id: str, body: dict[str, Any]) -> Response:
        target = self.lists.get(list_id)
        if target is None:
            return _error(404, "OBJECT_NOT_FOUND", f"List {list_id} does not exist.")
        if target["processingType"] not in ("MANUAL", "SNAPSHOT"):
            return _error(400, "VALIDATION_ERROR", f"List {list_id} is a {target['processingType']} list; only "
                          "MANUAL and SNAPSHOT lists accept records")
        add = [str(x) for x in body.get("recordIdsToAdd") or []]
        remove = [str(x) for x in body.get("recordIdsToRemove") or []]
        if len(add) + len(remove) > 100_000:
            return _error(400, "VALIDATION_ERROR", "at most 100,000 records per request")
        missing = [x for x in add + remove if x not in self.records["companies"]]
        added = [x for x in add if x not in missing and x not in target["members"]]
        removed = [x for x in remove if x not in missing and x in target["members"]]
        target["members"] |= set(added)
        target["members"] -= set(removed)
        return Response(200, {"recordsIdsAdded": added, "recordIdsRemoved": removed, "recordIdsMissing": missing})

    def _owners(self, req: Request) -> Response:
        limit = int(req.arg("limit", "100") or 100)
        after = int(req.arg("after", "0") or 0)
        owners = list(self.owners.values())
        page: dict[str, Any] = {"results": owners[after: after + limit]}
        if after + limit < len(owners):
            page["paging"] = {"next": {"after": str(after + limit)}}
        return Response(200, page)


def _match(rec: dict[str, Any], f: dict[str, Any]) -> bool:
    value, op, target = rec.get(f.get("propertyName", "")), f.get("operator"), f.get("value")
    if op == "HAS_PROPERTY":
        return value not in (None, "")
    if op == "NOT_HAS_PROPERTY":
        return value in (None, "")
    if op == "IN":
        return str(value) in [str(v) for v in f.get("values") or []]
    if value is None:
        return op == "NEQ"
    left, right = _ms(value), _ms(target)
    if left is None or right is None:
        left, right = str(value), str(target)  # type: ignore[assignment]
    return {"EQ": left == right, "NEQ": left != right, "GT": left > right, "GTE": left >= right,  # type: ignore[operator]
            "LT": left < right, "LTE": left <= right}.get(str(op), False)  # type: ignore[operator]


def _property(name: str, kind: str, field_type: str = "text", label: str | None = None,
              group: str = "companyinformation") -> dict[str, Any]:
    return {"name": name, "label": label or name, "type": kind, "fieldType": field_type, "groupName": group,
            "description": "", "options": [], "hidden": False, "formField": False, "calculated": False,
            "externalOptions": False, "hasUniqueValue": False, "displayOrder": -1}


def _error(status: int, category: str, message: str) -> Response:
    return Response(status, {"status": "error", "message": message, "correlationId": str(uuid.uuid4()),
                             "category": category})
