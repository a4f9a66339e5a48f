"""The start-up calls of the browser SDKs, answered so that they send everything to banso, compressed.

Browser SDKs ask their vendor for settings before (or while) they send events. Pointed at banso, an
unanswered call costs more than a 404 in the console:

| SDK                     | asks                                                  | unanswered, it                                   |
|-------------------------|-------------------------------------------------------|--------------------------------------------------|
| posthog-js              | `/array/<key>/config.js`, `/array/<key>/config`, `/flags/?v=2` (`/decide/` before 2025) | stops compressing, retries flags |
| Segment analytics-next  | `<cdnURL>/v1/projects/<key>/settings`                 | does not start (or, without `cdnURL`, asks Segment's CDN) |
| RudderStack analytics-js| `<configUrl>/sourceConfig/?writeKey=<key>`            | does not start (or asks RudderStack's API)       |

Each answer is the smallest one with which the SDK sends to banso and nowhere else: PostHog learns
that gzip is supported and that there are no feature flags, recordings or surveys; Segment gets only
its own `Segment.io` integration, pointing at the host that was asked, with its metrics off;
RudderStack gets a source with no destinations and its error and metric reports off. The key must
be an active source's, like any request; answers are never cached (Segment's names the host).
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from banso.collector.keys import RequestKeys, basic_credentials
from banso.collector.posthog import decode_payload
from banso.collector.protocol import Incoming

NO_STORE = {"Cache-Control": "no-store"}

POSTHOG_CONFIG: dict[str, Any] = {
    "supportedCompression": ["gzip", "gzip-js"],
    "hasFeatureFlags": False,
    "sessionRecording": False,
    "heatmaps": False,
    "productTours": False,
    "conversations": False,
    "captureDeadClicks": False,
    "capturePerformance": False,
    "autocaptureExceptions": False,
    "autocapture_opt_out": False,
    "elementsChainAsString": True,
    "defaultIdentifiedOnly": True,
    "siteApps": [],
}
POSTHOG_FLAGS: dict[str, Any] = {"flags": {}, "featureFlags": {}, "featureFlagPayloads": {},
                                 "errorsWhileComputingFlags": False}


@dataclass(frozen=True)
class ConfigRoute:
    """A start-up call: its path, the protocol family whose keys it takes, and how it is answered."""

    path: str
    family: str
    methods: tuple[str, ...]
    answer: Callable[[Request, RequestKeys, Incoming], Awaitable[Response]]


async def _posthog_config(request: Request, keys: RequestKeys, incoming: Incoming) -> Response:
    token = request.path_params["key"]
    keys.source_for(token, "posthog")
    return JSONResponse({"token": token, **POSTHOG_CONFIG}, headers=NO_STORE)


async def _posthog_config_js(request: Request, keys: RequestKeys, incoming: Incoming) -> Response:
    token = request.path_params["key"]
    keys.source_for(token, "posthog")
    literal = {"config": {"token": token, **POSTHOG_CONFIG}, "siteApps": []}
    script = ("(function () {\n  var w = window;\n  w._POSTHOG_REMOTE_CONFIG = w._POSTHOG_REMOTE_CONFIG || {};\n"
              f"  w._POSTHOG_REMOTE_CONFIG[{_js(token)}] = {_js(literal)};\n}})();\n")
    return Response(script, media_type="application/javascript",
                    headers={**NO_STORE, "X-Content-Type-Options": "nosniff"})


async def _posthog_flags(request: Request, keys: RequestKeys, incoming: Incoming) -> Response:
    body = decode_payload(incoming) if incoming.body or incoming.query.get("data") else {}
    token = body.get("token") or body.get("api_key") if isinstance(body, dict) else None
    keys.source_for(token if isinstance(token, str) else incoming.query.get("token"), "posthog")
    if request.url.path.startswith("/decide"):  # posthog-js before /flags: config and flags in one answer
        return JSONResponse({**POSTHOG_CONFIG, **POSTHOG_FLAGS, "config": {"enable_collect_everything": True},
                             "toolbarParams": {}, "isAuthenticated": False}, headers=NO_STORE)
    return JSONResponse(POSTHOG_FLAGS, headers=NO_STORE)


async def _segment_settings(request: Request, keys: RequestKeys, incoming: Incoming) -> Response:
    key = request.path_params["key"]
    keys.source_for(key, "segment")
    host = (request.headers.get("x-forwarded-host") or request.headers.get("host") or request.url.netloc)
    host = host.split(",")[0].strip()
    forwarded = request.headers.get("x-forwarded-proto", "").split(",")[0].strip().lower()
    page = (request.headers.get("origin") or "").lower()
    secure = forwarded == "https" or request.url.scheme == "https" or page.startswith("https:")
    settings = {
        "integrations": {"Segment.io": {"apiKey": key, "apiHost": f"{host}/v1", "protocol": "https" if secure else "http",
                                        "unbundledIntegrations": [], "addBundledMetadata": True,
                                        "maybeBundledConfigIds": {}}},
        "plan": {"track": {"__default": {"enabled": True, "integrations": {}}},
                 "identify": {"__default": {"enabled": True}}, "group": {"__default": {"enabled": True}}},
        "edgeFunction": {}, "analyticsNextEnabled": True, "middlewareSettings": {}, "enabledMiddleware": {},
        "metrics": {"sampleRate": 0}, "legacyVideoPluginsEnabled": False, "remotePlugins": [],
    }
    return JSONResponse(settings, headers=NO_STORE)


async def _rudderstack_config(request: Request, keys: RequestKeys, incoming: Incoming) -> Response:
    credentials = basic_credentials(incoming.authorization)
    key = incoming.query.get("writeKey") or (credentials[0] if credentials else None)
    source = keys.source_for(key, "segment")
    config = {"isHosted": False, "source": {
        "id": source.name, "name": source.name, "writeKey": key, "workspaceId": "banso", "enabled": True,
        "config": {"statsCollection": {"errors": {"enabled": False}, "metrics": {"enabled": False}}},
        "destinations": [],
    }}
    return JSONResponse(config, headers=NO_STORE)


def _js(value: Any) -> str:
    """A JSON literal safe inside a script (no `</script>`, no line separators)."""
    text = json.dumps(value, ensure_ascii=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


ROUTES: tuple[ConfigRoute, ...] = (
    ConfigRoute("/array/{key}/config", "posthog", ("GET",), _posthog_config),
    ConfigRoute("/array/{key}/config.js", "posthog", ("GET",), _posthog_config_js),
    *(ConfigRoute(path, "posthog", ("POST", "GET"), _posthog_flags)
      for path in ("/flags", "/flags/", "/decide", "/decide/")),
    ConfigRoute("/v1/projects/{key}/settings", "segment", ("GET",), _segment_settings),
    *(ConfigRoute(path, "segment", ("GET",), _rudderstack_config) for path in ("/sourceConfig", "/sourceConfig/")),
)
