"""Build the demo workspace: a synthetic world, the mapping of its exports, and a loaded store."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from banso.config.template import render
from banso.workspace import Workspace

if TYPE_CHECKING:
    from banso.appstate.auth import User

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
# The demo product's events by their names for people (`events.labels`), as its CS team would say them.
EVENT_LABELS: dict[str, dict[str, str]] = {
    "login": {"ja": "ログイン", "en": "Log in"},
    "project_viewed": {"ja": "プロジェクトの閲覧", "en": "View a project"},
    "issue_created": {"ja": "課題の作成", "en": "Create an issue"},
    "issue_updated": {"ja": "課題の更新", "en": "Update an issue"},
    "comment_added": {"ja": "コメント", "en": "Comment"},
    "document_created": {"ja": "ドキュメントの作成", "en": "Create a document"},
    "document_viewed": {"ja": "ドキュメントの閲覧", "en": "View a document"},
    "gantt_viewed": {"ja": "ガントチャートの閲覧", "en": "View the Gantt chart"},
    "board_viewed": {"ja": "ボードの閲覧", "en": "View a board"},
    "file_uploaded": {"ja": "ファイルのアップロード", "en": "Upload a file"},
    "wiki_page_created": {"ja": "Wiki ページの作成", "en": "Create a wiki page"},
    "search_performed": {"ja": "検索", "en": "Search"},
    "user_invited": {"ja": "メンバーの招待", "en": "Invite a member"},
    "project_created": {"ja": "プロジェクトの作成", "en": "Create a project"},
    "integration_connected": {"ja": "外部連携の設定", "en": "Connect an integration"},
    "settings_changed": {"ja": "設定の変更", "en": "Change settings"},
    "tutorial_step_completed": {"ja": "チュートリアルの進行", "en": "Tutorial step"},
    "help_article_viewed": {"ja": "ヘルプ記事の閲覧", "en": "Read a help article"},
    "export_csv": {"ja": "CSV 出力", "en": "Export CSV"},
    "api_call": {"ja": "API の呼び出し", "en": "API call"},
    "webhook_created": {"ja": "Webhook の作成", "en": "Create a webhook"},
    "theme_changed": {"ja": "テーマの変更", "en": "Change the theme"},
    "legacy_report_viewed": {"ja": "旧レポートの閲覧", "en": "View a legacy report"},
    "print_preview": {"ja": "印刷プレビュー", "en": "Print preview"},
    "email_opened": {"ja": "メールの開封", "en": "Open a mail"},
    "identify": {"ja": "ユーザー識別", "en": "Identify"},
}

# The health check of the demo product, after the kintone CS team's: 行動力 (reaching for help
# content and the CS team), 活用度 (breadth and frequency of use) and 浸透度 (how evenly the
# organization's members work in it), 17 metrics in all.
DEMO_HEALTH = """\
# Metrics of this product, beyond the built-in ones (see docs/metrics.md for every kind and formula).
metrics:
  help_views_per_active_user_28d:
    kind: events_per_active_user
    events: [help_article_viewed]
    description: help articles read per active member
  collaboration_per_active_user_28d:
    kind: events_per_active_user
    events: [comment_added, document_created, wiki_page_created, file_uploaded]
    description: comments, documents, wiki pages and files per active member
  power_features_28d:
    kind: event_count
    events: [export_csv, api_call, webhook_created]
    description: exports, API calls and webhooks
  integrations_90d:
    kind: event_count
    events: [integration_connected]
    window: 90
    description: integrations connected in the last 90 days
  active_rate_7d:
    kind: active_rate
    window: 7
    description: members active this week / seats

# The health score (0–100) of every account each Monday: `banso score`, `banso scores`, `banso explain`.
# Dimension weights are relative (25/40/35); inside a dimension each metric has a weight and a
# scoring function that turns its value into 0–100%:
#   {type: threshold, bad: B, good: G}   0% at B or worse, 100% at G or better, a straight line between
#   {type: percentile, within: tier}     how the account ranks among accounts of its tier
# `missing: skip` means a metric without a value (no NPS answer yet) gives its weight to the others.
health:
  name: {ja: 伴走ヘルスチェック（デモ）, en: 伴走 health check (demo)}
  missing: skip
  bands: {good: 70, bad: 40}   # Good ≥ 70, Bad < 40; the index is %Good − %Bad
  dimensions:
    engagement:
      label: {ja: 行動力（ヘルプと CS への関わり）, en: Engagement (help content and CS)}
      weight: 25
      metrics:
        help_views_per_active_user_28d:
          label: {ja: アクティブメンバーあたりのヘルプ記事閲覧, en: help articles read per active member}
          weight: 3
          score: {type: threshold, bad: 0, good: 0.5}
        support_tickets_90d:     # customers who ask are customers who care
          label: {ja: 90日間のサポート問い合わせ, en: support tickets in 90 days}
          score: {type: threshold, bad: 0, good: 2}
        seminars_90d: {label: {ja: 90日間のセミナー参加, en: seminars attended in 90 days}, score: {type: threshold, bad: 0, good: 1}}
        community_90d: {label: {ja: 90日間のコミュニティ活動, en: community activity in 90 days}, score: {type: threshold, bad: 0, good: 1}}
        latest_nps: {label: {ja: 直近の NPS 回答, en: latest NPS answer}, weight: 2, score: {type: threshold, bad: 3, good: 9}}
    utilization:
      label: {ja: 活用度（利用の幅と頻度）, en: Utilization (breadth and frequency of use)}
      weight: 40
      metrics:
        feature_breadth_28d:
          label: {ja: 主要機能の利用割合, en: share of the key features used}
          weight: 3
          score: {type: threshold, bad: 0.3, good: 0.8}
        events_per_active_user_28d:
          label: {ja: アクティブメンバーあたりの操作数（同ティア比）, en: actions per active member (vs same tier)}
          weight: 2
          score: {type: percentile, within: tier}
        collaboration_per_active_user_28d:
          label: {ja: アクティブメンバーあたりの共同作業, en: collaboration per active member}
          weight: 2
          score: {type: threshold, bad: 0.5, good: 4}
        days_since_last_event:
          label: {ja: 最後に使われてからの日数, en: days since anyone used it}
          weight: 2
          score: {type: threshold, bad: 14, good: 2}
          missing: zero          # nothing in 90 days is as bad as it gets
        growth_28d: {label: {ja: 直前28日と比べた利用量, en: activity vs the 28 days before}, score: {type: threshold, bad: 0.6, good: 1.1}}
        power_features_28d:
          label: {ja: エクスポート・API・Webhook（同ティア比）, en: "exports, API and webhooks (vs same tier)"}
          score: {type: percentile, within: tier}
        integrations_90d: {label: {ja: 設定された連携, en: integrations connected}, score: {type: threshold, bad: 0, good: 2}}
    penetration:
      label: {ja: 浸透度（メンバーへの広がり）, en: Penetration (how evenly members use it)}
      weight: 35
      metrics:
        active_rate_28d: {label: {ja: 28日間のアクティブメンバー / 席数, en: members active in 28 days / seats}, weight: 2, score: {type: threshold, bad: 0.15, good: 0.6}}
        active_rate_7d: {label: {ja: 今週のアクティブメンバー / 席数, en: members active this week / seats}, score: {type: threshold, bad: 0.05, good: 0.4}}
        evenness_28d: {label: {ja: メンバー間の利用の均等さ, en: evenness of use across members}, weight: 2, score: {type: threshold, bad: 0.1, good: 0.55}}
        top_user_share_28d:
          label: {ja: 最も使うメンバーの割合, en: share of the busiest member}
          weight: 2
          score: {type: threshold, bad: 0.6, good: 0.15}
        active_admins_28d: {label: {ja: アクティブな管理者, en: active admins}, score: {type: threshold, bad: 0, good: 2}}
"""

HISTORY_WEEKS = 52

# (table, files inside the data folder), in reference order.
LOAD_ORDER = [
    ("accounts", "accounts.csv"),
    ("users", "users.csv"),
    ("memberships", "memberships.csv"),
    ("events", "events"),
    ("touchpoints", "touchpoints.csv"),
    ("revenue", "revenue.csv"),
]


# The setup checklist on each account page (milestone: the event that completes it).
ONBOARDING: dict[str, object] = {
    key: {"event": event, "label": {"ja": ja, "en": en}} for key, event, ja, en in (
        ("tutorial", "tutorial_step_completed", "チュートリアルを終える", "Finish the tutorial"),
        ("invite", "user_invited", "メンバーを招待する", "Invite a teammate"),
        ("project", "project_created", "最初のプロジェクトを作る", "Create the first project"),
        ("issue", "issue_created", "最初の課題を作る", "Create the first issue"),
        ("file", "file_uploaded", "ファイルをアップロードする", "Upload a file"),
        ("integration", "integration_connected", "連携を設定する", "Connect an integration"),
    )
}

# The web login every demo workspace has (`make demo` prints it). A demo only: change it with
# `banso user add demo@banso.example --role admin --replace` before showing real data.
DEMO_LOGIN = "demo@banso.example"
DEMO_PASSWORD = "banso-demo-2026"
# A CSM's login, tied to the largest portfolio, to see My work as a CSM does (same password).
DEMO_CSM_LOGIN = "misaki@banso.example"
DEMO_CSM = "佐藤 美咲"

# The team's playbooks. `renewal_rescue` has a year of history (generated, with a planted effect:
# banso/demo/playbook_history.py), imported when the demo is built; `invite_nudge` starts with banso.
DEMO_PLAYBOOKS = """\
# Messages playbooks send, in both languages (README: Playbooks).
templates:
  invite_reminder:
    subject: {ja: "{account_name} 様: チームの皆さんを招待しませんか", en: "{account_name}: invite your team"}
    body:
      ja: "{account_name} 様\\n\\nご利用開始から2週間が経ちました。チームの皆さんを招待すると、さらに便利にお使いいただけます。\\n{link}"
      en: "Hello {account_name},\\n\\nTwo weeks in: teams that invite their colleagues get the most out of it.\\n{link}"
playbooks:
  renewal_rescue:
    label: {ja: 更新前の立て直し, en: Renewal rescue}
    description:
      ja: 更新まで 90 日以内でスコアが Bad か下降中。担当者が電話し、その後の利用を確かめる。
      en: Renewal within 90 days while the score is Bad or falling; the owner calls, then checks use.
    trigger: {kind: alert, rule: renewal_risk}
    audience: {tiers: [Enterprise, Mid]}
    route: human
    steps:
      - task: {title: {ja: 更新前の面談を設定する, en: Book a pre-renewal call}, due_days: 3, priority: high}
      - wait: 14
      - condition: {stop_when: 'band == "good"'}
      - task: {title: {ja: 面談後の利用状況を確認する, en: Check use since the call}, due_days: 5}
    exit: {when: ['band == "good"'], after_days: 90}
    target: {metric: events, weeks: 8}
  invite_nudge:
    label: {ja: 招待のひと押し, en: Invite nudge}
    description:
      ja: 2 週間たっても誰も招待していない新規のお客様を招待キャンペーンに加える
      en: New customers who have not invited anyone two weeks in join the invitation campaign
    trigger: {kind: milestone, missing: invite, days_after: 14, start: contract}
    route: digital
    steps:
      - export: {segment: invite_campaign}
    exit: {after_days: 30}
    target: {metric: events, events: [user_invited], weeks: 4}
"""


def demo_config(name: str = "banso demo (synthetic SaaS)") -> str:
    return render(
        name=name, sources=DEMO_SOURCES, passive=PASSIVE_EVENTS, features=FEATURE_EVENTS, key_actions=KEY_ACTIONS,
        event_labels=EVENT_LABELS, health=DEMO_HEALTH, onboarding=ONBOARDING, playbooks=DEMO_PLAYBOOKS,
    )


ALERT_WEEKS = 4
# The share of the whole build each step of the generator takes (it reports each step from 0 to 1); the
# events take most of it.
GENERATION_SHARE = {"accounts": (0.0, 0.02), "people": (0.02, 0.05), "tables": (0.05, 0.08), "events": (0.08, 0.40)}


# The team's dashboard every demo has, shared: what an analyst would pin for a weekly review, each insight
# with no dates so that it follows the data (names in both languages: the team reads either).
DASHBOARD = "週次レビュー · Weekly review"
DASHBOARD_INSIGHTS: tuple[tuple[str, dict[str, list[str]]], ...] = (
    ("ティア別のアクティブなアカウント · Active accounts by tier",
     {"kind": ["trend"], "measure": ["accounts"], "breakdown": ["tier"]}),
    ("オンボーディングの到達 · Onboarding funnel",
     {"kind": ["funnel"], "step": ["tutorial_step_completed", "user_invited", "project_created", "issue_created"],
      "window": ["30"]}),
    ("トライアル開始からの週次定着 · Weekly retention from the trial's start",
     {"kind": ["retention"], "periods": ["8"]}),
)


def _team_dashboard(ws: Workspace, admin: User) -> None:
    """Save the demo's insights and pin them on a dashboard shared with the team."""
    board = ws.create_dashboard(admin, DASHBOARD, shared=True)
    for name, query in DASHBOARD_INSIGHTS:
        saved = ws.save_insight(admin, name, ws.parse_insight(query), shared=True)
        ws.pin_insight(board.id, saved.id, admin)


def build_demo(
    directory: Path, *, preset: str = "town", seed: int = 7, end: date | None = None,
    progress: Callable[[str, float], None] | None = None
) -> Workspace:
    """Create `directory` as a workspace holding the generated world, loaded and scored weekly for a year.

    The world's history ends at `end` (the generator's fixed day when None, so that tests and documented
    figures see the same world)."""
    from banso.demo import generate

    def report(stage: str, fraction: float) -> None:
        if progress:
            progress(stage, fraction)

    ws = Workspace.init(directory, config_text=demo_config())
    data = directory / "data"
    def generating(stage: str, fraction: float) -> None:  # each stage reports its own 0..1
        lo, hi = GENERATION_SHARE.get(stage, (0.0, 0.4))
        report(f"generating: {stage}", lo + (hi - lo) * fraction)

    generate(data, preset=preset, seed=seed, end=end, progress=generating)
    for i, (table, name) in enumerate(LOAD_ORDER):
        report(f"loading {table}", 0.4 + 0.4 * i / len(LOAD_ORDER))
        ws.load(table, [str(data / name)], allow_unknown=(table == "events"))
    ws.score(backfill_weeks=HISTORY_WEEKS,
             progress=lambda done, total, what: report(f"scoring: {what}", 0.8 + 0.15 * done / max(total, 1)))
    # A month of alert history, week by week, so the inbox shows what a team would find on a Monday.
    last = ws.latest_as_of()
    if last is not None:
        for weeks_ago in range(ALERT_WEEKS - 1, -1, -1):
            report("evaluating alerts", 0.95)
            ws.run_alerts(last - timedelta(days=7 * weeks_ago))
    from banso.appstate.auth import add_user

    with ws.app_state.session() as s:
        admin = add_user(s, DEMO_LOGIN, DEMO_PASSWORD, "admin", name="Demo Admin", replace=True)
        add_user(s, DEMO_CSM_LOGIN, DEMO_PASSWORD, "csm", name=DEMO_CSM, replace=True)
    report("dashboard", 0.96)
    _team_dashboard(ws, admin)
    report("playbooks", 0.97)
    import pandas as pd

    ws.link_owner(DEMO_CSM, DEMO_CSM_LOGIN, None)
    history = pd.read_csv(data / "playbook_enrollments.csv", dtype=str)
    ws.record_enrollments("renewal_rescue", history, by="history before banso")
    if last is not None:
        ws.run_playbooks(last)  # the newest alerts and milestones enrol accounts: CSMs find their tasks
    report("done", 1.0)
    return ws
