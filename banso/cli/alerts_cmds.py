"""`banso alerts …`: evaluate the indicator rules, work the alerts, and backtest the rules."""

from __future__ import annotations

import json
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any

import typer

from banso.cli.app import app
from banso.cli.common import WorkspaceOption, console, open_workspace, progress_bar
from banso.cli.data_table import DataTable

alerts_app = typer.Typer(
    name="alerts",
    help="Indicator rules and their alerts. Example: `banso alerts run`, then `banso alerts list`",
    no_args_is_help=True,
)
app.add_typer(alerts_app, name="alerts")

DateOption = Annotated[
    datetime | None,
    typer.Option("--as-of", formats=["%Y-%m-%d"], help="Evaluation date (YYYY-MM-DD); default: the latest snapshot."),
]


class Format(StrEnum):
    table = "table"
    json = "json"


def _day(value: datetime | None) -> date | None:
    return value.date() if value is not None else None


@alerts_app.command("run")
def run_cmd(workspace: WorkspaceOption = None, as_of: DateOption = None) -> None:
    """Evaluate every enabled rule and record new alerts (cooldowns respected; a rerun adds nothing).

    Example: `banso alerts run --as-of 2026-11-16`
    """
    with open_workspace(workspace) as ws:
        result = ws.run_alerts(_day(as_of))
    console.print(f"[bold]{result.as_of}[/]: {result.fired} firings, {len(result.created)} new alerts, "
                  f"{result.suppressed} held back (already open or within the rule's cooldown)")
    for rule, n in sorted(result.by_rule.items(), key=lambda kv: -kv[1]):
        console.print(f"  {rule:<28} {n:>6}")


@alerts_app.command("list")
def list_cmd(
    workspace: WorkspaceOption = None,
    owner: Annotated[str | None, typer.Option(help="Only this CSM's alerts.")] = None,
    account: Annotated[str | None, typer.Option(help="Only this account's alerts.")] = None,
    route: Annotated[str | None, typer.Option(help="human or digital.")] = None,
    rule: Annotated[str | None, typer.Option(help="Only this rule's alerts.")] = None,
    all_: Annotated[bool, typer.Option("--all", help="Include resolved alerts.")] = False,
    limit: Annotated[int, typer.Option(min=1, max=10000)] = 50,
    fmt: Annotated[Format, typer.Option("--format")] = Format.table,
) -> None:
    """Alerts by priority (MRR at stake × risk), highest first.

    Example: `banso alerts list --owner "伊藤 由衣" --route human`
    """
    with open_workspace(workspace) as ws:
        inbox = ws.alert_inbox(language=ws.display().language, status="all" if all_ else "active", owner=owner,
                               rule=rule, account_id=account, route=route, limit=limit, choices=False)
    data = [{
        "id": a.id, "as_of": a.as_of.isoformat(), "rule": a.rule, "severity": a.severity, "route": a.route,
        "status": a.status, "account_id": a.account_id, "account": a.account_name, "owner": a.owner, "mrr": a.mrr,
        "band": a.band, "priority": a.priority, "reason": a.reason, "comment": a.comment,
        "snoozed_until": a.snoozed_until.isoformat() if a.snoozed_until else None,
    } for a in inbox.alerts]
    if fmt is Format.json:
        console.print_json(json.dumps(data, ensure_ascii=False))
        return
    if not data:
        console.print("no alerts; run `banso alerts run` after `banso score`", soft_wrap=True)
        return
    table = DataTable("#", "rule", "status", "account", "owner", "MRR", "reason", title=f"alerts ({len(data)})")
    for d in data:
        mrr = d["mrr"]
        table.add_row(str(d["id"]), f"{d['rule']} ({d['severity']})", str(d["status"]),
                      f"{d['account'] or ''} ({d['account_id']})", str(d["owner"] or "—"),
                      f"{mrr:,.0f}" if isinstance(mrr, float) else "—", str(d["reason"]))
    console.print(table)


@alerts_app.command("ack")
def ack_cmd(
    alert_id: Annotated[int, typer.Argument(help="Alert number from `banso alerts list`.")],
    comment: Annotated[str, typer.Option("--comment", "-m", help="What you will do about it.")],
    workspace: WorkspaceOption = None,
    by: Annotated[str | None, typer.Option(help="Who acknowledges (default: $USER).")] = None,
) -> None:
    """Acknowledge an alert with a comment.

    Example: `banso alerts ack 12 -m "call booked for Thursday"`
    """
    import os

    with open_workspace(workspace) as ws:
        done = ws.acknowledge_alert(alert_id, comment, by or os.environ.get("USER"))
    console.print(f"alert #{done} acknowledged")


@alerts_app.command("snooze")
def snooze_cmd(
    alert_id: Annotated[int, typer.Argument(help="Alert number.")],
    until: Annotated[datetime, typer.Option("--until", formats=["%Y-%m-%d"], help="Hide it until this date.")],
    workspace: WorkspaceOption = None,
    comment: Annotated[str | None, typer.Option("--comment", "-m")] = None,
) -> None:
    """Snooze an alert until a date; it comes back as open then.

    Example: `banso alerts snooze 12 --until 2026-12-01 -m "customer on holiday"`
    """
    import os

    with open_workspace(workspace) as ws:
        day = ws.snooze_alert(alert_id, until.date(), comment, os.environ.get("USER"))
    console.print(f"alert #{alert_id} snoozed until {day}")


@alerts_app.command("resolve")
def resolve_cmd(
    alert_id: Annotated[int, typer.Argument(help="Alert number.")],
    workspace: WorkspaceOption = None,
    comment: Annotated[str | None, typer.Option("--comment", "-m")] = None,
) -> None:
    """Resolve an alert.

    Example: `banso alerts resolve 12 -m "renewed for two years"`
    """
    import os

    with open_workspace(workspace) as ws:
        done = ws.resolve_alert(alert_id, comment, os.environ.get("USER"))
    console.print(f"alert #{done} resolved")


@alerts_app.command("backtest")
def backtest_cmd(
    start: Annotated[datetime, typer.Option("--from", formats=["%Y-%m-%d"], help="First date replayed.")],
    end: Annotated[datetime, typer.Option("--to", formats=["%Y-%m-%d"], help="Last date replayed.")],
    workspace: WorkspaceOption = None,
    horizon: Annotated[int, typer.Option(
        min=7, max=730, help="Days after an alert in which a churn counts (it warned of it; else it was noise).")] = 180,
    rule: Annotated[list[str] | None, typer.Option(help="Only these rules (repeat the option).")] = None,
    fmt: Annotated[Format, typer.Option("--format")] = Format.table,
) -> None:
    """Replay the rules week by week and score each as an early warning of churn.

    Example: `banso alerts backtest --from 2026-01-05 --to 2026-11-16`
    """
    with open_workspace(workspace) as ws, progress_bar("replaying") as update:
        bt = ws.backtest_alerts(start.date(), end.date(), horizon, rule,
                                progress=lambda done, total: update(done, total, "weeks"))
    if fmt is Format.json:
        console.print_json(bt.per_rule.to_json(orient="records"))
        return
    console.print(f"{bt.weeks} weekly evaluations from {bt.start} to {bt.end}; {bt.churned} paying accounts churned "
                  f"in the period. An alert warns of a churn that follows within {bt.horizon_days} days (the lead: "
                  f"from the first such alert to the churn), and is noise when none follows.")
    table = DataTable("rule", "alerts", f"churned, warned within {bt.horizon_days} d", "median lead (days)",
                      "alerts without churn")
    for r in bt.per_rule.to_dict("records"):
        share = r["share_churned_alerted"]
        noise = r["share_alerts_no_churn"]
        lead = r["median_lead_days"]
        table.add_row(
            r["rule"], f"{r['alerts']:,}",
            f"{r['churned_alerted_before']}/{r['churned_in_period']} ({share:.0%})" if share is not None else "—",
            f"{lead:.0f}" if lead is not None and lead == lead else "—",
            f"{noise:.0%} of {r['alerts_judged']:,}" if noise is not None else "—",
        )
    console.print(table)


@alerts_app.command("names")
def names_cmd(workspace: WorkspaceOption = None) -> None:
    """Every name a rule can read (account fields, scores and metrics) and the functions.

    Example: `banso alerts names`
    """
    with open_workspace(workspace) as ws:
        columns, metrics, functions = ws.rule_names()
    table = DataTable("name", "meaning")
    for name, meaning in columns.items():
        table.add_row(name, meaning)
    for m in metrics:
        table.add_row(m.name, m.formula)
    console.print(table)
    console.print("functions: " + "; ".join(functions))


@alerts_app.command("worklist")
def worklist_cmd(
    workspace: WorkspaceOption = None,
    owner: Annotated[str | None, typer.Option(help="Only this CSM's worklist.")] = None,
    fmt: Annotated[Format, typer.Option("--format")] = Format.table,
) -> None:
    """This week's accounts to touch per CSM (each CSM's capacity: `banso team capacity`, else
    signals.capacity_per_csm) and the automation list.

    Example: `banso alerts worklist --owner "伊藤 由衣"`
    """
    with open_workspace(workspace) as ws:
        lists = ws.worklists()
    capacity = lists.capacity
    worklists: dict[str, list[dict[str, Any]]] = {
        o: [{"account_id": t.account_id, "account": t.account_name, "mrr": t.mrr, "priority": t.priority,
             "rules": sorted({a.rule for a in t.alerts})} for t in ts]
        for o, ts in lists.by_owner.items() if owner is None or o == owner}
    automation = [{"account_id": t.account_id, "account": t.account_name, "owner": t.owner,
                   "rules": sorted({a.rule for a in t.alerts})} for t in lists.automation]
    if fmt is Format.json:
        payload = {"capacity_per_csm": capacity, "capacities": {o: lists.capacities.get(o, capacity) for o in worklists},
                   "worklists": worklists, "automation": automation}
        console.print_json(json.dumps(payload, ensure_ascii=False))
        return
    for name, touches in worklists.items():
        own = lists.capacities.get(name, capacity)
        table = DataTable("account", "MRR", "why", title=f"{name}: {len(touches)} of {own} this week")
        for t in touches:
            table.add_row(f"{t['account'] or ''} ({t['account_id']})",
                          f"{t['mrr']:,.0f}" if t["mrr"] is not None else "—", ", ".join(t["rules"]))
        console.print(table)
    console.print(f"automation (digital route, unowned, or over capacity): {len(automation)} accounts")


@alerts_app.command("deliver")
def deliver_cmd(workspace: WorkspaceOption = None) -> None:
    """Send the queued notifications (Slack, e-mail, webhooks) that are due; failures are retried with backoff.

    Run it every few minutes (cron or an orchestrator). Example: `banso alerts deliver`
    """
    with open_workspace(workspace) as ws:
        r = ws.deliver_notifications()
    console.print(f"{r.queued} newly queued, {r.sent} sent, {r.failed} failed (retried later), {r.gave_up} given up")
    for e in r.errors[:20]:
        console.print(f"  {e}", markup=False, highlight=False)


@alerts_app.command("export")
def export_cmd(workspace: WorkspaceOption = None) -> None:
    """Write the digital-route segment (automation list) to the CSV and SQL destinations.

    Example: `banso alerts export`
    """
    with open_workspace(workspace) as ws:
        results = ws.export_segment()
    if not results:
        console.print("no csv or sql destination with the digital route in banso.yaml (signals.destinations)")
    for r in results:
        console.print(f"{r.destination}: {r.rows} accounts → {r.where}", markup=False)


@alerts_app.command("digest")
def digest_cmd(
    workspace: WorkspaceOption = None,
    day: Annotated[datetime | None, typer.Option("--date", formats=["%Y-%m-%d"], help="Digest date; default today.")] = None,
) -> None:
    """Queue and send each CSM's daily worklist mail (e-mail destinations with `digest: true`); once per day.

    Example: `banso alerts digest` (from cron every morning)
    """
    with open_workspace(workspace) as ws:
        queued = ws.queue_digests(day.date() if day else date.today())
        r = ws.deliver_notifications()
    console.print(f"{queued} digests queued; {r.sent} notifications sent, {r.failed} failed (retried later)")
