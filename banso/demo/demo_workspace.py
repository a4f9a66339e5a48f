"""Build the demo workspace: a synthetic world, the mapping of its exports, and a loaded store."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from banso.config.template import render
from banso.workspace import Workspace

# The generator's exports look like real ones; this is how a team would map them in banso.yaml.
DEMO_SOURCES: dict[str, dict[str, object]] = {
    "crm_accounts": {
        "table": "accounts",
        "columns": {
            "account_id": "Account ID", "name": "Account Name", "plan": "Plan", "tier": "Tier",
            "mrr": "MRR", "seats": "Seats", "status": "Status", "trial_started_at": "Trial Start",
            "contract_started_at": "Contract Start", "renewal_date": "Renewal Date",
            "churned_at": "Churn Date", "owner": "Account Owner", "crm_url": "CRM URL",
        },
    },
    "product_users": {"table": "users"},
    "product_memberships": {"table": "memberships"},
    "product_events": {"table": "events"},
    "helpdesk": {"table": "touchpoints"},
    "billing": {"table": "revenue"},
}

PASSIVE_EVENTS = ["email_opened", "identify"]
FEATURE_EVENTS = [
    "issue_created", "issue_updated", "comment_added", "document_created", "document_viewed",
    "gantt_viewed", "board_viewed", "file_uploaded", "wiki_page_created", "search_performed",
    "integration_connected", "export_csv", "api_call", "webhook_created",
]
KEY_ACTIONS = ["issue_created", "comment_added", "document_created", "gantt_viewed", "file_uploaded", "user_invited"]

# (table, files inside the data folder), in reference order.
LOAD_ORDER = [
    ("accounts", "accounts.csv"),
    ("users", "users.csv"),
    ("memberships", "memberships.csv"),
    ("events", "events"),
    ("touchpoints", "touchpoints.csv"),
    ("revenue", "revenue.csv"),
]


def demo_config(name: str = "banso demo (synthetic SaaS)") -> str:
    return render(
        name=name, sources=DEMO_SOURCES, passive=PASSIVE_EVENTS, features=FEATURE_EVENTS, key_actions=KEY_ACTIONS
    )


def build_demo(
    directory: Path, *, preset: str = "town", seed: int = 7, progress: Callable[[str, float], None] | None = None
) -> Workspace:
    """Create `directory` as a workspace holding the generated world, loaded."""
    from banso.demo import generate

    def report(stage: str, fraction: float) -> None:
        if progress:
            progress(stage, fraction)

    ws = Workspace.init(directory, config_text=demo_config())
    data = directory / "data"
    generate(data, preset=preset, seed=seed, progress=lambda s, f: report(f"generating: {s}", 0.4 * f))
    for i, (table, name) in enumerate(LOAD_ORDER):
        report(f"loading {table}", 0.4 + 0.6 * i / len(LOAD_ORDER))
        ws.load(table, [str(data / name)], allow_unknown=(table == "events"))
    report("done", 1.0)
    return ws
