"""A literal world for playbooks: one account built for each trigger kind, scored weekly by a one-metric model.

The health model scores qualifying events in the last 7 days: 10 or more is 100, none is 0, linear
between, so a week's events decide the band (Good ≥ 70: 7+ events; Bad < 40: 3 or fewer). Snapshots are
taken on the Mondays 2026-02-09 … 2026-03-02 (Asia/Tokyo):

| account | built for                                   | events (2 a day)            | bands 02-16 / 02-23 / 03-02 |
|---------|---------------------------------------------|-----------------------------|-----------------------------|
| BAND    | band trigger: enters Bad on 02-23           | until 02-16                 | good / bad / bad            |
| RECOVER | exit condition: Bad on 02-23, Good on 03-02 | until 02-13, from 02-23     | good / bad / good           |
| RENEW   | date trigger: renewal on 2026-04-15         | every day                   | good / good / good          |
| TRIAL   | trial ends on 2026-03-12 (started 02-10)    | every day                   | good / good / good          |
| ANNIV   | contract anniversary on 2026-03-20          | every day                   | good / good / good          |
| NEWBIE  | milestone: no invitation 14 days after the  | from its trial (02-01),     | good / good / good          |
|         | contract of 02-15                           | never invites               |                             |
| INVITER | milestone reached: invited on 02-20         | from 02-01, invites once    | good / good / good          |
| ALERTED | alert trigger (a renewal_risk alert)        | every day                   | good / good / good          |
| BIGCO   | the Enterprise segment                      | every day                   | good / good / good          |
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from banso.config.template import render
from banso.workspace import Workspace
from tests.conftest import write

FIRST = date(2026, 1, 5)
LAST_DAY = date(2026, 3, 15)  # events end the day before; snapshots up to 03-02 are scored
SNAPSHOT = date(2026, 3, 2)

ACCOUNTS = """
    account_id,name,tier,plan,mrr,status,trial_started_at,contract_started_at,renewal_date,owner
    BAND,Band KK,Mid,Standard,50000,active,,2025-06-01,2026-09-30,sato
    RECOVER,Recover KK,Mid,Standard,40000,active,,2025-06-01,2026-09-30,sato
    RENEW,Renew KK,Mid,Standard,30000,active,,2025-06-10,2026-04-15,suzuki
    TRIAL,Trial KK,SMB,Starter,0,trial,2026-02-10,,,suzuki
    ANNIV,Anniv KK,SMB,Starter,10000,active,,2025-03-20,,suzuki
    NEWBIE,Newbie KK,SMB,Starter,10000,active,2026-02-01,2026-02-15,,sato
    INVITER,Inviter KK,SMB,Starter,10000,active,2026-02-01,2026-02-15,,sato
    ALERTED,Alerted KK,Mid,Standard,60000,active,,2025-05-01,2026-05-01,sato
    BIGCO,Big Co,Enterprise,Premium,900000,active,,2024-07-01,2026-07-01,suzuki
    """

HEALTH = """
health:
  name: weekly use
  bands: {good: 70, bad: 40}
  dimensions:
    use:
      weight: 1
      metrics:
        events_7d: {score: {type: threshold, bad: 0, good: 10}}
"""


def _active_on(account: str, day: date) -> bool:
    if account == "BAND":
        return day <= date(2026, 2, 16)
    if account == "RECOVER":
        return day <= date(2026, 2, 13) or day >= date(2026, 2, 23)
    if account == "TRIAL":
        return day >= date(2026, 2, 10)
    if account in ("NEWBIE", "INVITER"):
        return day >= date(2026, 2, 1)
    return True


def events() -> str:
    rows = ["event_id,ts,user_id,account_id,event"]
    n = 0
    day = FIRST
    while day < LAST_DAY:
        for account in ("BAND", "RECOVER", "RENEW", "TRIAL", "ANNIV", "NEWBIE", "INVITER", "ALERTED", "BIGCO"):
            if _active_on(account, day):
                for _ in range(2):
                    n += 1
                    rows.append(f"e{n},{day.isoformat()}T12:00:00+09:00,{account.lower()}1,{account},issue_created")
        day += timedelta(days=1)
    rows.append(f"e{n + 1},2026-02-20T12:00:00+09:00,inviter1,INVITER,user_invited")
    return "\n".join(rows) + "\n"


def build(root: Path, playbooks: str, destinations: str = "") -> Workspace:
    """The world loaded and scored, with `playbooks` (the text of `templates:` and `playbooks:`) and
    `destinations` (YAML lines under `signals.destinations`, indented four spaces) in its banso.yaml."""
    text = render(name="playbooks", health=HEALTH, playbooks=playbooks,
                  onboarding={"Invite a teammate": "user_invited"})
    if destinations:
        text = text.replace("signals:\n  rules: {}", "signals:\n  base_url: https://banso.example.com\n"
                                                    "  destinations:\n" + destinations + "\n  rules: {}")
    ws = Workspace.init(root / "ws", config_text=text)
    accounts = list(ACCOUNTS.strip().splitlines())[1:]
    ids = [line.strip().split(",")[0] for line in accounts]
    ws.load("accounts", [str(write(root / "accounts.csv", ACCOUNTS))])
    ws.load("users", [str(write(root / "users.csv", "user_id,email\n" + "".join(
        f"{a.lower()}1,admin@{a.lower()}.example\n" for a in ids)))])
    ws.load("memberships", [str(write(root / "memberships.csv", "user_id,account_id,role,joined_at\n" + "".join(
        f"{a.lower()}1,{a},admin,2025-01-01\n" for a in ids)))])
    (root / "events.csv").write_text(events(), encoding="utf-8")
    ws.load("events", [str(root / "events.csv")])
    ws.score(as_of=SNAPSHOT, backfill_weeks=4)
    return ws
