"""No input makes the collector answer 5xx, and nothing of a refused request is spooled.

Hypothesis generates requests to every collector route of a real collector on loopback: random bytes;
random JSON (deep, huge numbers, lone surrogates, NaN); and near-valid Segment, RudderStack, PostHog
and Mixpanel envelopes with valid or wrong keys, random fields and values, sent plain, gzip, deflate,
base64 or as forms, with random headers and query strings. Every answer must be 2xx or 4xx; after a
4xx the spool must end where it did. Finally, everything that was accepted must be storable: the
compactor stores the whole spool without an error.

Bounded: 200 examples, about 10 s.
"""

from __future__ import annotations

import base64
import gzip
import json
import zlib
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote, quote_from_bytes

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from banso.collector.app import BY_FAMILY
from banso.collector.sdk_config import ROUTES as CONFIG_ROUTES
from banso.workspace import Workspace
from tests.collector.server import Running, running

FUZZ = settings(max_examples=200, deadline=None, database=None, suppress_health_check=list(HealthCheck))


class Target:
    """The running collector, its keys, and an HTTP client reused across examples."""

    def __init__(self, running: Running, keys: dict[str, str]):
        self.r = running
        self.keys = keys
        # a connection per request: one answer cannot leave the next request a closed connection to fail on
        self.http = httpx.Client(base_url=running.url, timeout=10, limits=httpx.Limits(max_keepalive_connections=0))
        self.accepted = 0


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Target]:
    root = tmp_path_factory.mktemp("fuzz") / "ws"
    with Workspace.init(root, name="fuzz") as ws:
        keys = {p: ws.add_source(p, p)[1] for p in ("segment", "rudderstack", "posthog", "mixpanel")}
        keys["narrow"] = ws.add_source("narrow", "segment", allowed_origins=["https://app.example.com"],
                                       owned_fields=["plan"])[1]
    with running(root) as r:
        t = Target(r, keys)
        yield t
        t.http.close()
        compactor = r.collector.compactor
    # Stopping stored what was spooled; everything accepted must have been storable.
    assert compactor is not None
    assert compactor.stats.last_error is None, compactor.stats.last_error
    assert compactor.stats.compactions > 0 and compactor.backlog_bytes() == 0
    with Workspace.open(root) as ws:
        assert ws.drain_collector() == 0, "nothing was left on the spool"


PATHS = sorted({path for p in BY_FAMILY.values() for path in p.routes}
               | {c.path.replace("{key}", "KEY") for c in CONFIG_ROUTES} | {"/collector/status", "/nowhere"})

# -- values --------------------------------------------------------------------------------------

def usually(good: st.SearchStrategy[Any], odd: st.SearchStrategy[Any], odds: int = 8,
            of: int = 10) -> st.SearchStrategy[Any]:
    """`good` about `odds` times in `of`, else `odd`."""
    return st.integers(0, of - 1).flatmap(lambda n: good if n < odds else odd)


texts = usually(st.text(max_size=30), odds=19, of=20, odd=st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=30)
                | st.sampled_from(["", "日本語🍣", "\ud83c", "\udf63x", "a" * 254 + "\ud83c", "2026-11-20T10:00:00Z",
                                   "1e999", "NaN"]))
numbers = (st.integers(min_value=-(10 ** 120), max_value=10 ** 120) | st.floats(allow_nan=True, allow_infinity=True)
           | st.sampled_from([0, -1, 2 ** 63, 1e308, 1795000000, 1795000000000]))
scalars = st.none() | st.booleans() | numbers | texts
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts, inner, max_size=4),
                      max_leaves=12)
names = usually(st.sampled_from(["clicked", "issue_created", "ページ閲覧"]) | st.text(min_size=1, max_size=20), texts,
                odds=19, of=20)
stamps = st.sampled_from(["2026-11-20T10:00:00Z", "2026-11-20T19:00:00+09:00", "2026-11-20", 1795000000,
                          1795000000123, ""])
ids = usually(st.sampled_from(["u1", "u2", "ACME", "NEWCO"]) | st.text(min_size=1, max_size=12)
              | st.integers(0, 10 ** 6), st.sampled_from(["", None]) | values, odds=19, of=20)


def field(name: str, good: st.SearchStrategy[Any]) -> st.SearchStrategy[dict[str, Any]]:
    """A message field that is usually well-formed, sometimes anything, sometimes missing."""
    return usually(good.map(lambda v: {name: v}), values.map(lambda v: {name: v}) | st.just({}), odds=29, of=30)


def merged(*parts: st.SearchStrategy[dict[str, Any]]) -> st.SearchStrategy[dict[str, Any]]:
    return st.tuples(*parts).map(lambda ds: {k: v for d in ds for k, v in d.items()})


segment_message = merged(
    field("type", st.sampled_from(["track", "identify", "group", "page", "screen", "alias", "t", "nope"])),
    field("messageId", st.uuids().map(str)), field("userId", ids), field("anonymousId", ids),
    field("event", names), field("groupId", ids), field("previousId", ids),
    field("properties", st.dictionaries(texts, values, max_size=5)),
    field("traits", st.dictionaries(st.sampled_from(["name", "plan", "mrr", "seats", "status", "email", "createdAt",
                                                     "renewal_date", "owner"]) | texts, values, max_size=5)),
    field("context", st.fixed_dictionaries({}, optional={"groupId": ids, "traits": st.dictionaries(texts, values)})),
    field("timestamp", stamps),
)
posthog_event = merged(
    field("event", st.sampled_from(["clicked", "$identify", "$groupidentify", "$create_alias", "$pageview"]) | names),
    field("uuid", st.uuids().map(str)), field("distinct_id", ids), field("timestamp", stamps),
    field("offset", numbers),
    field("properties", st.fixed_dictionaries({}, optional={
        "$groups": st.dictionaries(st.sampled_from(["company"]) | texts, ids), "$set": st.dictionaries(texts, values),
        "$group_type": st.sampled_from(["company"]) | texts, "$group_key": ids,
        "$group_set": st.dictionaries(texts, values), "alias": ids, "$anon_distinct_id": ids, "text": values})),
)
mixpanel_record = merged(
    field("event", names), field("$distinct_id", ids), field("$group_key", st.just("company_id") | texts),
    field("$group_id", ids), field("$set", st.dictionaries(texts, values)),
    field("properties", merged(
        field("$insert_id", st.uuids().map(str)), field("time", st.sampled_from([1795000000, 1795000000123])),
        field("distinct_id", ids), field("$user_id", ids), field("company_id", ids | st.lists(ids, max_size=2)),
        field("text", values))),
)


@st.composite
def envelopes(draw: st.DrawFn, target: Target) -> tuple[str, Any]:
    """A path and a JSON document close to what some SDK sends there."""
    family = draw(st.sampled_from(["segment", "posthog", "mixpanel"]))
    own = target.keys["posthog" if family == "posthog" else "mixpanel" if family == "mixpanel" else
                      draw(st.sampled_from(["segment", "rudderstack", "narrow"]))]
    key = draw(usually(st.just(own), st.sampled_from([*target.keys.values(), "bsk_unknown", ""])))
    if family == "segment":
        path = draw(st.sampled_from(["/v1/batch", "/v1/b", "/v1/track", "/v1/group", "/v1/identify",
                                     "/beacon/v1/batch"]))
        batch = draw(st.lists(segment_message, min_size=1, max_size=4))
        doc: Any = {"batch": batch, "writeKey": key} if "batch" in path or path.endswith("/b") else \
            {**(batch[0] if batch else {}), "writeKey": key}
    elif family == "posthog":
        path = draw(st.sampled_from(["/batch/", "/e/", "/i/v0/e/", "/capture", "/flags/?v=2", "/decide/"]))
        doc = draw(st.sampled_from(["batch", "list", "one"]))
        events = draw(st.lists(posthog_event, min_size=1, max_size=4))
        doc = {"api_key": key, "batch": events} if doc == "batch" else events if doc == "list" else \
            {**(events[0] if events else {}), "api_key": key, "token": key}
    else:
        path = draw(st.sampled_from(["/track/?verbose=1", "/engage/?verbose=1", "/groups/?verbose=1", "/import",
                                     "/track"]))
        records = draw(st.lists(mixpanel_record, min_size=1, max_size=4))
        for r in records:
            (r.setdefault("properties", {}) if isinstance(r.get("properties"), dict) else r)["token"] = key
            r["$token"] = key
        doc = records if draw(st.booleans()) else (records[0] if records else {})
    return path, doc


def dumps(doc: Any, ascii_only: bool) -> bytes:
    """JSON text as some client might write it: escaped or raw (lone surrogates as their raw bytes)."""
    return json.dumps(doc, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")


@st.composite
def requests(draw: st.DrawFn, target: Target) -> dict[str, Any]:
    kind = draw(usually(st.just("envelope"), st.sampled_from(["json", "bytes"]), odds=7))
    query: dict[str, str] = draw(st.dictionaries(
        st.sampled_from(["compression", "writeKey", "verbose", "data", "api_key", "token", "ip", "_"]),
        st.sampled_from(["gzip-js", "base64", "lz64", "1", "0", *target.keys.values()]) | st.text(max_size=8),
        max_size=3))
    if kind == "envelope":
        path, doc = draw(envelopes(target))
        raw = dumps(doc, draw(st.booleans()))
    else:
        path = draw(st.sampled_from(PATHS)).replace("KEY", draw(st.sampled_from([*target.keys.values(), "x"])))
        raw = dumps(draw(values), draw(st.booleans())) if kind == "json" else draw(st.binary(max_size=600))
    headers: dict[str, str] = {}
    encoding = draw(usually(st.just("plain"), st.sampled_from(["gzip", "gzip-magic", "deflate", "base64-form", "form",
                                                                "bogus-encoding", "truncated-gzip"]), odds=5))
    if encoding == "gzip":
        raw, headers["Content-Encoding"] = gzip.compress(raw), "gzip"
    elif encoding == "gzip-magic":
        raw = gzip.compress(raw)
    elif encoding == "deflate":
        raw, headers["Content-Encoding"] = zlib.compress(raw), "deflate"
    elif encoding == "base64-form":
        raw = b"data=" + quote(base64.b64encode(raw).decode(), safe="").encode()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    elif encoding == "form":
        raw = b"data=" + quote_from_bytes(raw, safe="").encode()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    elif encoding == "bogus-encoding":
        headers["Content-Encoding"] = draw(st.sampled_from(["br", "zstd", "gzip, gzip", "x"]))
    elif encoding == "truncated-gzip":
        raw, headers["Content-Encoding"] = gzip.compress(raw)[:-draw(st.integers(1, 12))], "gzip"
    if "Content-Type" not in headers and draw(st.booleans()):
        headers["Content-Type"] = draw(st.sampled_from(["application/json", "text/plain;charset=UTF-8",
                                                        "application/x-www-form-urlencoded", "multipart/form-data"]))
    if draw(st.booleans()):
        user = draw(st.sampled_from([*target.keys.values(), "bsk_unknown", "", "a:b"]))
        headers["Authorization"] = "Basic " + base64.b64encode(f"{user}:".encode()).decode()
    elif draw(st.booleans()):
        headers["Authorization"] = draw(st.sampled_from(["Basic !!!", "Basic", "Bearer x", "Basic " + "A" * 10]))
    if draw(st.booleans()):
        headers["Origin"] = draw(st.sampled_from(["https://app.example.com", "https://evil.test", "null", "x"]))
    method = draw(usually(st.just("POST"), st.sampled_from(["GET", "OPTIONS", "PUT"])))
    return {"method": method, "url": path, "params": query, "content": raw if method != "GET" else None,
            "headers": headers}


def check(target: Target, request: dict[str, Any]) -> None:
    spool = target.r.collector.spool
    assert spool is not None
    before = spool.end()
    resp = target.http.request(**request)
    assert resp.status_code < 500, (resp.status_code, resp.text, request)
    if resp.status_code >= 400:
        assert spool.end() == before, f"a refused request was spooled: {request}"
    elif request["method"] == "POST":
        target.accepted += 1


def test_no_input_gets_a_5xx_or_leaves_a_trace(target: Target) -> None:
    @FUZZ
    @given(st.data())
    def run(data: st.DataObject) -> None:
        check(target, data.draw(requests(target)))

    run()
    assert target.accepted > 0, "some generated requests were valid enough to be accepted"
