"""The Segment HTTP tracking API, as analytics-python, rudder-sdk-python and their siblings send it.

`POST /v1/batch` carries `{"batch": [...], "sentAt", "writeKey", "context"}`; the single calls
(`/v1/track`, `/v1/identify`, `/v1/group`, `/v1/page`, `/v1/screen`, `/v1/alias`) carry one message.
The write key comes as the HTTP Basic user name, as `writeKey` in the body, or (RudderStack's beacon,
`POST /beacon/v1/batch?writeKey=…`, sent as text/plain when the page hides) in the query. Onto the model:

| call             | lands as                                                                        |
|------------------|---------------------------------------------------------------------------------|
| track            | an event named `event`                                                          |
| page / screen    | an event `Page Viewed` / `Screen Viewed` with `name` and `category` in properties |
| identify         | the user `userId`: `email`, `createdAt` and all traits (`traits` or `context.traits`) |
| group            | the account `groupId` with the call's own `traits` (never `context.traits`, the user's); traits named like account columns fill them as `banso.store.duckdb.collector_sink` allows; with a `userId`, the membership |
| alias            | `previousId` becomes `userId` in events and memberships                         |

An event is attributed to `context.groupId`, else to `properties[group_key]` when the source has a
group key. `messageId` is the event id, so a retried batch lands once.
"""

from __future__ import annotations

from typing import Any, ClassVar

from starlette.responses import Response

from banso.appstate.collector import SourceInfo
from banso.collector.keys import Keys, basic_credentials, limits_of
from banso.collector.normalize import (
    account_fields,
    corrected,
    dumps,
    event_name,
    obj,
    parse_time,
    text_id,
    user_fields,
)
from banso.collector.problems import Rejected, bad_request
from banso.collector.protocol import Incoming, WireProtocol, check_sizes, json_response, message_list
from banso.collector.records import Collected
from banso.collector.strict_json import parse_json

_SINGLE = {"track", "identify", "group", "page", "screen", "alias"}
_SHORT = {"t": "track", "i": "identify", "g": "group", "p": "page", "s": "screen", "a": "alias", "b": "batch"}
_VIEW_EVENTS = {"page": "Page Viewed", "screen": "Screen Viewed"}


class SegmentProtocol(WireProtocol):
    family = "segment"
    routes: ClassVar[dict[str, str]] = {
        "/v1/batch": "batch", "/v1/import": "batch", "/beacon/v1/batch": "batch",
        **{f"/v1/{k}": k for k in _SINGLE},
        **{f"/v1/{short}": kind for short, kind in _SHORT.items()},
    }

    def parse(self, incoming: Incoming, keys: Keys) -> Collected:
        body = parse_json(incoming.body)
        if not isinstance(body, dict):
            raise bad_request(f"the body must be a JSON object, not {type(body).__name__}", "invalid_type")
        credentials = basic_credentials(incoming.authorization)
        key = credentials[0] if credentials and credentials[0] else body.get("writeKey") or incoming.query.get("writeKey")
        source = keys.source_for(key if isinstance(key, str) else None, self.family)
        messages = message_list(body.get("batch"), "batch") if incoming.kind == "batch" else [body]
        check_sizes(messages, len(incoming.body), limits_of(source), source.protocol)
        sent_at = parse_time(body.get("sentAt"), "sentAt")
        shared_context = obj(body.get("context"), "context")
        out = Collected(source.name, incoming.received_at)
        for i, message in enumerate(messages):
            where = f"batch[{i}]" if incoming.kind == "batch" else "the message"
            kind = message.get("type", incoming.kind) if incoming.kind == "batch" else incoming.kind
            _one(out, message, kind, where, sent_at, shared_context, source)
        return out

    def ok(self, incoming: Incoming, collected: Collected) -> Response:
        return json_response(200, {"success": True})

    def error(self, incoming: Incoming | None, rejected: Rejected) -> Response:
        return json_response(rejected.status, {"success": False, "code": rejected.code, "message": rejected.message},
                             rejected.retry_after)


def _one(out: Collected, m: dict[str, Any], kind: Any, where: str, batch_sent_at: int | None,
         shared_context: dict[str, Any], source: SourceInfo) -> None:
    if not isinstance(kind, str) or kind not in _SINGLE:  # a list or an object as type: refused, not a TypeError
        got = repr(kind[:40]) if isinstance(kind, str) else f"a JSON {type(kind).__name__}"
        raise bad_request(f"{where}.type must be one of {', '.join(sorted(_SINGLE))}; got {got}", "invalid_type")
    message_id = text_id(m.get("messageId"), f"{where}.messageId", required=True)
    assert message_id is not None
    user_id = text_id(m.get("userId"), f"{where}.userId")
    anonymous_id = text_id(m.get("anonymousId"), f"{where}.anonymousId")
    if user_id is None and anonymous_id is None and kind != "alias":
        raise bad_request(f"{where} needs a userId or an anonymousId", "missing_id")
    context = {**shared_context, **obj(m.get("context"), f"{where}.context")}
    sent_at = parse_time(m.get("sentAt"), f"{where}.sentAt") if m.get("sentAt") else batch_sent_at
    stamp = m.get("timestamp") or m.get("originalTimestamp")
    ts = corrected(parse_time(stamp, f"{where}.timestamp"), sent_at, out.received_at)

    if kind in ("track", "page", "screen"):
        properties = dict(obj(m.get("properties"), f"{where}.properties"))
        if kind == "track":
            name = event_name(m.get("event"), f"{where}.event")
        else:
            name = _VIEW_EVENTS[kind]
            for field in ("name", "category"):
                value = m.get(field)
                if value is not None:
                    properties.setdefault(field, value)
        if anonymous_id is not None:
            properties.setdefault("anonymous_id", anonymous_id)
        account_id = text_id(context.get("groupId"), f"{where}.context.groupId")
        if account_id is None and source.group_key:
            account_id = text_id(properties.get(source.group_key), f"{where}.properties.{source.group_key}")
        out.events.append((message_id, ts, user_id, account_id, name, dumps(properties)))
    elif kind == "identify":
        traits = {**obj(context.get("traits"), f"{where}.context.traits"), **obj(m.get("traits"), f"{where}.traits")}
        if user_id is not None:  # traits of an anonymous visitor have no user to land on
            email, created = user_fields(traits)
            out.users.append((user_id, email, created, dumps(traits), None))
    elif kind == "group":
        group_id = text_id(m.get("groupId"), f"{where}.groupId", required=True)
        assert group_id is not None
        # context.traits are the user's (RudderStack copies identify traits into every call): not the account's
        columns, all_traits = account_fields(obj(m.get("traits"), f"{where}.traits"))
        out.accounts.append((group_id, columns, all_traits))
        if user_id is not None:
            out.memberships.append((user_id, group_id, ts))
    else:  # alias
        previous = text_id(m.get("previousId"), f"{where}.previousId", required=True)
        new = text_id(m.get("userId"), f"{where}.userId", required=True)
        assert previous is not None and new is not None
        if previous != new:
            out.aliases.append((previous, new))
