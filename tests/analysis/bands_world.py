"""Three accounts whose health bands are known by construction, with MRR over three months.

The health model has one metric, events_7d, scored 0 % at 0 events and 100 % at 10: Good (≥ 70) is 7
events or more in the 7 days before a snapshot, Bad (< 40) 3 or fewer. Snapshots on 2026-03-02 and 03-09.

| account | tier       | week before 03-02 | week before 03-09 | MRR Jan → Mar |
|---------|------------|-------------------|-------------------|---------------|
| G       | Enterprise | 8 → good (80)     | 8 → good (80)     | 100 → 120     |
| N       | Enterprise | 5 → normal (50)   | 5 → normal (50)   | 100 → 80      |
| B       | SMB        | 1 → bad (10)      | 8 → good (80)     | 50 → gone     |
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from banso.appstate.auth import add_user
from banso.config.template import render
from banso.workspace import Workspace
from tests.conftest import write

MODEL = """metrics: {}
health:
  name: simple
  missing: zero
  bands: {good: 70, bad: 40}
  dimensions:
    use:
      weight: 1
      metrics:
        events_7d: {score: {type: threshold, bad: 0, good: 10}}
"""
ACCOUNTS = "account_id,name,tier,owner\nG,Good Co,Enterprise,佐藤\nN,Normal Co,Enterprise,鈴木\nB,Better Co,SMB,佐藤\n"
PER_WEEK = {"G": (8, 8), "N": (5, 5), "B": (1, 8)}
# MRR: G grows 100 → 120, N shrinks 100 → 80, B leaves (50 → nothing) between January and March
REVENUE = "account_id,month,mrr\nG,2026-01-01,100\nG,2026-02-01,110\nG,2026-03-01,120\nN,2026-01-01,100\n" \
          "N,2026-02-01,90\nN,2026-03-01,80\nB,2026-01-01,50\nB,2026-02-01,50\n"


def events() -> str:
    rows = ["event_id,ts,user_id,account_id,event"]
    for account, counts in PER_WEEK.items():
        for week, n in enumerate(counts):
            monday = date(2026, 2, 23) + timedelta(weeks=week)
            for i in range(n):
                day = monday + timedelta(days=i % 7)
                rows.append(f"{account}{week}{i},{day}T10:0{i % 10}:00+09:00,u{account},{account},issue_created")
    return "\n".join(rows) + "\n"


def build(root: Path, kpi_targets: str = "{}", churn_days: int = 90) -> Workspace:
    """The tables above, loaded and scored on 2026-03-02 and 03-09, with an admin and a CSM who may sign in."""
    text = render(name="composition", health=MODEL).replace("  targets: {}", f"  targets: {kpi_targets}")
    text = text.replace("  churn_days: 90 ", f"  churn_days: {churn_days} ")
    w = Workspace.init(root / "ws", config_text=text)
    users = "user_id,email\n" + "".join(f"u{a},{a}@x\n" for a in PER_WEEK)
    members = "user_id,account_id,role\n" + "".join(f"u{a},{a},admin\n" for a in PER_WEEK)
    for table, body in (("accounts", ACCOUNTS), ("users", users), ("memberships", members), ("events", events()),
                        ("revenue", REVENUE)):
        w.load(table, [str(write(root / f"{table}.csv", body))])
    w.score(as_of=date(2026, 3, 9), backfill_weeks=2)
    with w.app_state.session() as s:
        add_user(s, "boss@x.example", "correct horse battery", "admin")
        add_user(s, "csm@x.example", "correct horse battery", "csm")
    return w
