"""Size limits per wire protocol, as each vendor documents them for its own API.

Clients already split their queues to fit these (analytics-python keeps messages under 32 KB and
batches under 500 KB; rudder-sdk-python allows 4 MB; posthog-python 900 KiB events in 5 MiB batches;
mixpanel sends at most 50 records), so a request over a limit is a bug or an attack, answered 413.

Sizes are of the JSON after decompression: a small gzip body cannot expand past them. The raw body
a route reads before it knows the source is capped by the largest limit of the routes' protocols.

| protocol    | one message | one request (decompressed) | messages per request |
|-------------|-------------|----------------------------|----------------------|
| segment     | 32 KB       | 500 KB                     | 2,500                |
| rudderstack | 4 MB        | 4 MB                       | 10,000               |
| posthog     | 1 MB        | 20 MB                      | 10,000               |
| mixpanel    | 1 MB        | 10 MB                      | 2,000                |
"""

from __future__ import annotations

from dataclasses import dataclass

KB = 1024
MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    message_bytes: int
    request_bytes: int
    messages: int


LIMITS: dict[str, Limits] = {
    "segment": Limits(32 * KB, 500 * KB, 2_500),
    "rudderstack": Limits(4 * MB, 4 * MB, 10_000),
    "posthog": Limits(1 * MB, 20 * MB, 10_000),
    "mixpanel": Limits(1 * MB, 10 * MB, 2_000),
}

# The routes of the Segment API serve both Segment and RudderStack sources.
ROUTE_FAMILY_MAX = {
    "segment": max(LIMITS["segment"].request_bytes, LIMITS["rudderstack"].request_bytes),
    "posthog": LIMITS["posthog"].request_bytes,
    "mixpanel": LIMITS["mixpanel"].request_bytes,
}


def describe(size: int) -> str:
    """`512000` -> '500 KB'."""
    if size >= MB and size % MB == 0:
        return f"{size // MB} MB"
    if size >= KB:
        return f"{size // KB} KB"
    return f"{size} bytes"
