"""The collector: accepts the tracking calls a product already makes, durably, at scale.

Tracking SDKs (Segment, RudderStack, PostHog, Mixpanel) point their host at banso and send what they
always send, from servers and from browsers. Each wire protocol has its own parser (`segment`,
`posthog`, `mixpanel`) over JSON that no client can turn into a 500 (`strict_json`); accepted
requests are appended to a durable spool (`spool`) before the reply, and the compactor
(`compactor`) moves them into the store in large atomic appends, exactly once per message id.
Browsers get CORS (`cors`) and answers to their SDKs' start-up calls (`sdk_config`); slow or hostile
clients meet time limits and a connection cap (`guard`) and cannot flood the log (`log_limits`).

    app = create_app("my-workspace")   # an ASGI app; `banso collect` serves it
"""

from banso.collector.app import Collector, CollectorSettings, create_app
from banso.collector.compactor import Compactor
from banso.collector.limits import LIMITS
from banso.collector.problems import Rejected
from banso.collector.spool import Spool, SpoolError

__all__ = ["LIMITS", "Collector", "CollectorSettings", "Compactor", "Rejected", "Spool", "SpoolError", "create_app"]
