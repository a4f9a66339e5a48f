"""Builder URLs as anyone might edit them: random parameters and values on every insight route, never a 5xx."""

from __future__ import annotations

import random

from fastapi.testclient import TestClient

KEYS = ["kind", "measure", "event", "metric", "aggregate", "interval", "from", "to", "breakdown", "top", "seg",
        "as_of", "week_start", "step", "actor", "window", "window_unit", "period", "mode", "windows", "start",
        "return", "periods", "cumulative", "trait", "saved", "cohort", "k", "at", "segment", "group", "by"]
VALUES = ["", " ", "*", "0", "-1", "99999999999999999999", "1e309", "nan", "2026-02-30", "2026-11-09", "tier",
          "trait:", "trait:x", "issue_created[", "issue_created[a = ]", "a[b > c]", "a[b set 1]", "[", "]", ";", "%",
          "<script>", "日本語", "login[plan ~ 日本]", "account", "user", "day", "week", "month", "recurring",
          "calendar", "x" * 3000, "all", "other", "(none)", "first_time", "events", "metric", "funnel", "retention",
          "trend", "segment", "phase"]
PATHS = ["/insights", "/api/insights/trend", "/api/insights/funnel", "/api/insights/retention", "/api/insights.csv",
         "/insights/actors", "/api/insights/retention/actors", "/api/insights/funnel/dropped", "/api/composition",
         "/composition", "/api/thresholds", "/thresholds", "/api/onboarding", "/onboarding"]


def test_random_builder_urls_never_fail_on_the_server(admin: TestClient) -> None:
    rng = random.Random(18)
    failures = []
    for _ in range(150):
        path = rng.choice(PATHS)
        params = [(rng.choice(KEYS), rng.choice(VALUES)) for _ in range(rng.randint(0, 6))]
        if "funnel" in path:
            params += [("step", "issue_created"), ("step", rng.choice(VALUES))]
        r = admin.get(path, params=params)
        if r.status_code >= 500:
            failures.append((path, params, r.status_code))
    assert failures == []
