"""Mixpanel ingestion, as the `mixpanel` Python library (and mixpanel-js, -java, …) sends it.

`/track` and `/import` take events, `/engage` user profile updates, `/groups` group profile
updates, each as a form field `data=` holding a JSON object or array (plain or base64), or as a
JSON body. The project token travels in each record (`properties.token`, `$token`); `/import`
authenticates with HTTP Basic, the source's write key as user name (the project secret) or as
password (service accounts). Onto the model:

| record                                  | lands as                                                   |
|-----------------------------------------|------------------------------------------------------------|
| an event                                | an event, attributed to `properties[group_key]` (default `company_id`) |
| `/engage` `$set` / `$set_once`          | traits of the user `$distinct_id`; `$set` of the group key makes the user a member |
| `/groups` `$set` / `$set_once`          | the account `$group_id` when `$group_key` is the source's group key |
| `$create_alias` / `$merge`              | the alias becomes the user's `distinct_id`                |

mixpanel-browser, pointed at any host but mixpanel.com, base64-encodes `data` after its own
`utf8Encode`, which writes each half of an emoji's surrogate pair as its own three bytes (CESU-8);
the halves are joined back into the character before parsing. It also cuts string properties to 255
UTF-16 code units, which can leave half an emoji at the end; that half is dropped. Any other lone
surrogate is a 400 naming the record and property.

`$insert_id` is the event id, so a retried batch lands once; replies carry the `{"status": 1}` the
clients require (plain `1` / `0` when the request does not ask for `verbose=1`).
"""

from __future__ import annotations

import base64
import binascii
from typing import Any, ClassVar

from starlette.responses import PlainTextResponse, Response

from banso.appstate.collector import SourceInfo
from banso.collector.body import parse_form
from banso.collector.keys import Keys, basic_credentials, limits_of
from banso.collector.normalize import account_fields, dumps, event_name, obj, parse_time, text_id, user_fields
from banso.collector.problems import Rejected, bad_request, unauthorized
from banso.collector.protocol import Incoming, WireProtocol, check_sizes, json_response
from banso.collector.records import Collected
from banso.collector.strict_json import cut_by_sdk, parse_json

_KINDS = ("track", "import", "engage", "groups")
_DROP = ("token", "distinct_id", "time")
_CUT = cut_by_sdk(255)  # mixpanel-browser cuts every string property to 255 UTF-16 code units


class MixpanelProtocol(WireProtocol):
    family = "mixpanel"
    routes: ClassVar[dict[str, str]] = {f"/{k}{slash}": k for k in _KINDS for slash in ("", "/")}
    methods: ClassVar[tuple[str, ...]] = ("POST", "GET")

    def parse(self, incoming: Incoming, keys: Keys) -> Collected:
        records = _records(incoming)
        source = _authenticate(incoming, records, keys, self.family)
        check_sizes(records, len(incoming.body), limits_of(source), source.protocol)
        out = Collected(source.name, incoming.received_at)
        for i, record in enumerate(records):
            where = f"record {i}"
            if incoming.kind in ("track", "import"):
                _event(out, record, where, source, require_time=incoming.kind == "import")
            elif incoming.kind == "engage":
                _profile(out, record, where, source)
            else:
                _group(out, record, where, source)
        return out

    def ok(self, incoming: Incoming, collected: Collected) -> Response:
        if incoming.kind == "import":
            n = len(collected.events)
            return json_response(200, {"code": 200, "status": 1, "error": None, "num_records_imported": n})
        if _verbose(incoming):
            return json_response(200, {"status": 1, "error": None})
        return PlainTextResponse("1")

    def error(self, incoming: Incoming | None, rejected: Rejected) -> Response:
        if incoming is not None and not _verbose(incoming) and incoming.kind != "import":
            headers = {"Retry-After": str(rejected.retry_after)} if rejected.retry_after is not None else None
            return PlainTextResponse("0", status_code=rejected.status, headers=headers)
        return json_response(rejected.status, {"code": rejected.status, "status": 0, "error": rejected.message},
                             rejected.retry_after)


def _verbose(incoming: Incoming) -> bool:
    return incoming.query.get("verbose") == "1" or incoming.query.get("_verbose") == "1"


def _records(incoming: Incoming) -> list[dict[str, Any]]:
    """The request's records: form `data=` (JSON or base64), query `data=`, or a JSON body."""
    if "application/json" in incoming.content_type:
        doc = parse_json(incoming.body, fix=_CUT)
    else:
        form = parse_form(incoming.body) if incoming.body else {}
        incoming.query.update({k: v for k, v in form.items() if k in ("verbose", "ip", "strict")})
        data = form.get("data", incoming.query.get("data"))
        if data is None:
            raise bad_request("no data: send the records as the form field data=")
        doc = parse_json(_maybe_base64(data), "data field", cesu8=True, fix=_CUT)
    records = doc if isinstance(doc, list) else [doc]
    if not records:
        raise bad_request("data holds no records")
    for i, r in enumerate(records):
        if not isinstance(r, dict):
            raise bad_request(f"record {i} must be a JSON object, not {type(r).__name__}", "invalid_type")
    return records


def _maybe_base64(text: str) -> bytes:
    stripped = text.strip()
    if stripped[:1] in ("{", "["):
        return stripped.encode("utf-8")
    stripped = stripped.replace(" ", "+")  # a '+' that reached us unescaped was read as a space
    try:
        return base64.b64decode(stripped + "=" * (-len(stripped) % 4))
    except (binascii.Error, ValueError):
        raise bad_request("the data field is neither JSON nor base64 JSON") from None


def _authenticate(incoming: Incoming, records: list[dict[str, Any]], keys: Keys, family: str) -> SourceInfo:
    if incoming.kind == "import":
        credentials = basic_credentials(incoming.authorization)
        if credentials is None:
            raise unauthorized("/import needs HTTP Basic auth with the source's write key as the project secret")
        user, password = credentials
        try:
            return keys.source_for(user, family)
        except Rejected as rejected:
            if rejected.status != 401:
                raise
            return keys.source_for(password or None, family)
    tokens = {_token(r, incoming.kind) for r in records}
    if len(tokens) > 1:
        raise unauthorized("the records of one request carry different tokens")
    token = tokens.pop()
    return keys.source_for(token if isinstance(token, str) else None, family)


def _token(record: dict[str, Any], kind: str) -> Any:
    if kind == "track":
        props = record.get("properties")
        return props.get("token") if isinstance(props, dict) else None
    return record.get("$token")


def _user(distinct_id: str | None, props: dict[str, Any], where: str) -> str | None:
    """The identified user: `$user_id` (ID merge) or a distinct id that is not a device id."""
    user = text_id(props.get("$user_id"), f"{where}.properties.$user_id")
    if user is not None:
        return user
    if distinct_id is None or distinct_id.startswith("$device:"):
        return None
    return distinct_id


def _account(value: Any, where: str) -> str | None:
    if isinstance(value, list):  # a multi-valued group key names an account only when it holds one
        return text_id(value[0], where) if len(value) == 1 else None
    return text_id(value, where)


def _event(out: Collected, record: dict[str, Any], where: str, source: SourceInfo, *, require_time: bool) -> None:
    name = event_name(record.get("event"), f"{where}.event")
    props = obj(record.get("properties"), f"{where}.properties")
    insert_id = text_id(props.get("$insert_id"), f"{where}.properties.$insert_id", required=True)
    assert insert_id is not None
    if require_time and props.get("time") is None:
        raise bad_request(f"{where}.properties.time is missing (required by /import)", "missing_time")
    ts = parse_time(props.get("time"), f"{where}.properties.time")
    distinct_id = text_id(props.get("distinct_id"), f"{where}.properties.distinct_id")
    if name in ("$create_alias", "$merge"):
        alias = text_id(props.get("alias"), f"{where}.properties.alias")
        if distinct_id is not None and alias is not None and alias != distinct_id:
            out.aliases.append((alias, distinct_id))
        return
    user_id = _user(distinct_id, props, where)
    account_id = None
    if source.group_key is not None:
        account_id = _account(props.get(source.group_key), f"{where}.properties.{source.group_key}")
    kept = {k: v for k, v in props.items() if k not in _DROP}
    if distinct_id is not None and user_id is None:
        kept["distinct_id"] = distinct_id
    out.events.append((insert_id, out.received_at if ts is None else ts, user_id, account_id, name, dumps(kept)))


def _profile(out: Collected, record: dict[str, Any], where: str, source: SourceInfo) -> None:
    distinct_id = text_id(record.get("$distinct_id"), f"{where}.$distinct_id", required=True)
    assert distinct_id is not None
    set_props = obj(record.get("$set"), f"{where}.$set")
    set_once = obj(record.get("$set_once"), f"{where}.$set_once")
    if not (set_props or set_once):
        return  # $add, $append, $union, $unset, $remove, $delete: accepted, not modelled
    email, created = user_fields({"email": set_props.get("$email", set_once.get("$email")),
                                  "created_at": set_props.get("$created", set_once.get("$created"))})
    out.users.append((distinct_id, email, created, dumps(set_props), dumps(set_once)))
    if source.group_key is not None and source.group_key in set_props:
        account_id = _account(set_props[source.group_key], f"{where}.$set.{source.group_key}")
        if account_id is not None:
            joined = parse_time(record.get("$time"), f"{where}.$time") or out.received_at
            out.memberships.append((distinct_id, account_id, joined))


def _group(out: Collected, record: dict[str, Any], where: str, source: SourceInfo) -> None:
    group_key = record.get("$group_key")
    group_id = text_id(record.get("$group_id"), f"{where}.$group_id", required=True)
    assert group_id is not None
    if not isinstance(group_key, str) or not group_key:
        raise bad_request(f"{where}.$group_key is missing", "missing_id")
    if group_key != source.group_key:
        return  # another kind of group than the source's accounts
    traits = {**obj(record.get("$set_once"), f"{where}.$set_once"), **obj(record.get("$set"), f"{where}.$set")}
    if traits:
        columns, all_traits = account_fields(traits)
        out.accounts.append((group_id, columns, all_traits))
