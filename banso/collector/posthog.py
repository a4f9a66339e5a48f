"""PostHog capture, as posthog-python (and posthog-js, posthog-go, …) send it.

`POST /batch/` carries `{"api_key", "batch": [...], "sent_at"}`; `/capture/`, `/e/` and `/i/v0/e/`
carry one event or a batch. The project key comes as `api_key` or `token` in the body (or in an
event's `properties.token`). Bodies may be gzip (whatever the headers say: posthog-js marks it nowhere),
a form with `data=` holding JSON or base64 JSON (`?compression=base64`, its beacons), or JSON; see
`decode_payload`. posthog-js's start-up calls (`/array/<key>/config`, `/flags`) are answered by
`banso.collector.sdk_config`. Onto the model:

| event                        | lands as                                                                 |
|------------------------------|--------------------------------------------------------------------------|
| any other event              | an event, attributed to `properties.$groups[group_key]` (default `company`) |
| `$set` / `$set_once` (in any event's properties) | traits of the user `distinct_id` (`$set_once` only where unset) |
| `$identify`                  | the user's traits; `$anon_distinct_id` becomes `distinct_id`             |
| `$groupidentify`             | the account `$group_key` when `$group_type` is the source's group key, with `$group_set` as traits |
| `$create_alias`              | `distinct_id` becomes `properties.alias`                                 |

`uuid` is the event id, so a retried batch lands once. An identified user's event attributed to an
account makes the user a member of it (PostHog has no per-user group call).
"""

from __future__ import annotations

import base64
import binascii
from typing import Any, ClassVar

from starlette.responses import Response

from banso.appstate.collector import SourceInfo
from banso.collector.body import inflate, parse_form
from banso.collector.keys import Keys, limits_of
from banso.collector.limits import LIMITS
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
from banso.collector.strict_json import cut_by_sdk, parse_json

_PATHS = ("/batch", "/capture", "/e", "/i/v0/e")
GZIP_MAGIC = b"\x1f\x8b"
_CUT = cut_by_sdk(65535)  # posthog-js's properties_string_max_length
MAX_OFFSET_MS = 365 * 24 * 3600 * 1000
_NOT_EVENTS = {"$identify", "$set", "$groupidentify", "$create_alias"}
_DROP = ("$set", "$set_once", "token", "api_key", "distinct_id")


class PostHogProtocol(WireProtocol):
    family = "posthog"
    routes: ClassVar[dict[str, str]] = {p + slash: "capture" for p in _PATHS for slash in ("", "/")}
    methods: ClassVar[tuple[str, ...]] = ("POST", "GET")

    def parse(self, incoming: Incoming, keys: Keys) -> Collected:
        body = decode_payload(incoming)
        if isinstance(body, list):
            messages, envelope = message_list(body, "the body"), {}
        elif isinstance(body, dict):
            envelope = body
            messages = message_list(body["batch"], "batch") if "batch" in body else [body]
        else:
            raise bad_request(f"the body must be a JSON object or array, not {type(body).__name__}", "invalid_type")
        key = (envelope.get("api_key") or envelope.get("token") or incoming.query.get("api_key")
               or incoming.query.get("token") or _event_token(messages))
        source = keys.source_for(key if isinstance(key, str) else None, self.family)
        check_sizes(messages, len(incoming.body), limits_of(source), source.protocol)
        sent_at = parse_time(envelope.get("sent_at"), "sent_at")
        out = Collected(source.name, incoming.received_at)
        for i, message in enumerate(messages):
            where = f"batch[{i}]" if len(messages) > 1 or "batch" in envelope else "the event"
            _one(out, message, where, sent_at, source)
        return out

    def ok(self, incoming: Incoming, collected: Collected) -> Response:
        return json_response(200, {"status": 1})

    def error(self, incoming: Incoming | None, rejected: Rejected) -> Response:
        kind = "authentication_error" if rejected.status == 401 else "validation_error"
        return json_response(rejected.status, {"type": kind, "code": rejected.code, "detail": rejected.message,
                                               "attr": None}, rejected.retry_after)


def decode_payload(incoming: Incoming) -> Any:
    """The JSON document of a capture request, whatever envelope posthog-js chose for it.

    posthog-js sends gzip as `text/plain` with no `compression` parameter (so only the magic bytes
    say it is gzip), base64 as a form field `data=` with `?compression=base64` (in beacons too), and
    plain JSON when it has given up compressing. Strings cut by the SDK at its length limit may end
    in half an emoji, which is dropped. A gzip body is replaced by what it inflates to, whose size the
    limits then apply to.
    """
    data = incoming.body
    if data[:2] == GZIP_MAGIC:
        data = incoming.body = inflate(data, "gzip", LIMITS["posthog"].request_bytes)
    compression = incoming.query.get("compression", "").lower()
    if compression not in ("", "gzip", "gzip-js", "base64"):
        raise Rejected(415, "unsupported_encoding",
                       f"compression {compression!r} is not supported; use gzip-js, base64 or none (posthog-js does)")
    form_body = "application/x-www-form-urlencoded" in incoming.content_type or data[:5] == b"data="
    if form_body or (incoming.method == "GET" and not data):
        form = parse_form(data) if data else dict(incoming.query)
        if "data" not in form:
            raise bad_request("the form has no data field")
        return parse_json(_maybe_base64(form["data"]), "data field", cesu8=True, fix=_CUT)
    return parse_json(data, fix=_CUT)


def _maybe_base64(text: str) -> bytes:
    stripped = text.strip()
    if stripped[:1] in ("{", "["):
        return stripped.encode("utf-8", "surrogatepass")
    stripped = stripped.replace(" ", "+")  # a '+' that reached us unescaped was read as a space
    try:
        return base64.b64decode(stripped + "=" * (-len(stripped) % 4), altchars=b"-_" if "-" in stripped or "_" in stripped else None)
    except (binascii.Error, ValueError):
        raise bad_request("the data field is neither JSON nor base64 JSON") from None


def _event_token(messages: list[dict[str, Any]]) -> Any:
    props = messages[0].get("properties")
    return props.get("token") or props.get("api_key") if isinstance(props, dict) else None


def _one(out: Collected, m: dict[str, Any], where: str, sent_at: int | None, source: SourceInfo) -> None:
    name = event_name(m.get("event"), f"{where}.event")
    props = obj(m.get("properties"), f"{where}.properties")
    uuid = text_id(m.get("uuid"), f"{where}.uuid", required=True)
    assert uuid is not None
    distinct_id = text_id(m.get("distinct_id", props.get("distinct_id")), f"{where}.distinct_id", required=True)
    assert distinct_id is not None
    ts = parse_time(m.get("timestamp"), f"{where}.timestamp")
    offset = m.get("offset")
    if ts is None and isinstance(offset, int | float) and not isinstance(offset, bool):
        if not abs(offset) <= MAX_OFFSET_MS:  # an acknowledged event must stay storable as a timestamp
            raise bad_request(f"{where}.offset must be the milliseconds since the event, at most a year; got {offset!r}",
                              "invalid_timestamp")
        ts = out.received_at - int(offset * 1000)
        event_ts = ts
    else:
        event_ts = corrected(ts, sent_at, out.received_at)

    set_props = {**obj(m.get("$set"), f"{where}.$set"), **obj(props.get("$set"), f"{where}.properties.$set")}
    set_once = {**obj(m.get("$set_once"), f"{where}.$set_once"),
                **obj(props.get("$set_once"), f"{where}.properties.$set_once")}
    if set_props or set_once:
        email, created = user_fields({**set_once, **set_props})
        out.users.append((distinct_id, email, created, dumps(set_props), dumps(set_once)))

    if name == "$identify":
        anon = text_id(props.get("$anon_distinct_id"), f"{where}.properties.$anon_distinct_id")
        if anon is not None and anon != distinct_id:
            out.aliases.append((anon, distinct_id))
        if not (set_props or set_once):
            out.users.append((distinct_id, None, None, None, None))
    elif name == "$groupidentify":
        group_type = props.get("$group_type")
        key = text_id(props.get("$group_key"), f"{where}.properties.$group_key", required=True)
        assert key is not None
        if source.group_key is not None and group_type == source.group_key:
            columns, traits = account_fields(obj(props.get("$group_set"), f"{where}.properties.$group_set"))
            out.accounts.append((key, columns, traits))
    elif name == "$create_alias":
        alias = text_id(props.get("alias"), f"{where}.properties.alias", required=True)
        assert alias is not None
        if alias != distinct_id:
            out.aliases.append((distinct_id, alias))
    if name in _NOT_EVENTS:
        return
    groups = obj(props.get("$groups"), f"{where}.properties.$groups")
    account_id = None
    if source.group_key is not None:
        account_id = text_id(groups.get(source.group_key), f"{where}.properties.$groups.{source.group_key}")
    kept = {k: v for k, v in props.items() if k not in _DROP}
    out.events.append((uuid, event_ts, distinct_id, account_id, name, dumps(kept)))
