"""Customer touchpoints, with selection bias and known true effects.

| kind           | who gets it (selection)                                  | true effect                      |
|----------------|----------------------------------------------------------|----------------------------------|
| support_ticket | healthier and bigger accounts ask more                   | none                             |
| seminar        | healthier accounts attend more                           | +10% events for 8 weeks          |
| community      | strongly the healthiest                                  | none                             |
| email          | newsletter to all; re-engagement mail to the unhealthy   | none                             |
| cs_meeting     | owned (Enterprise/Mid) accounts, more after a health dip | proposed feature: +N uses a week |
| nps            | survey waves; scores follow health                       | none                             |
| onboarding     | new customers in their first weeks                       | none                             |

`KINDS` holds these parameters; truth.json publishes them so analyses can be checked against them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from banso.demo import texts
from banso.demo.accounts import Accounts
from banso.demo.catalogue import NAMES, PROPOSABLE, UPLIFT
from banso.demo.clock import DAY, HOUR, MINUTE, WEEK, Timeline, midnight_jst_us, week_offsets
from banso.demo.lifecycle import Lifecycle
from banso.demo.people import People

KIND_NAMES = ("support_ticket", "cs_meeting", "email", "seminar", "community", "nps", "onboarding")
K = {name: i for i, name in enumerate(KIND_NAMES)}
SOURCES = ("zendesk", "salesforce", "marketo", "marketo", "commune", "delighted", "salesforce")
KINDS: dict[str, dict[str, object]] = {
    "support_ticket": {
        "effect": {"metric": "qualifying_events_per_week", "relative": 0.0},
        "selection": {"weekly_rate": 0.03, "health_slope": 1.5, "size": "x (1 + 0.5 log10 members)"},
    },
    "seminar": {
        "effect": {
            "metric": "qualifying_events_per_week",
            "relative": 0.10,
            "weeks": 8,
            "note": "events per active member x1.10 in the 8 weeks after the seminar week",
        },
        "selection": {"attend_probability": 0.05, "health_slope": 2.5, "size": "x (1 + 0.3 log10 members)"},
    },
    "community": {
        "effect": {"metric": "qualifying_events_per_week", "relative": 0.0},
        "selection": {"weekly_rate": 0.006, "health_slope": 3.0},
    },
    "email": {
        "effect": {"metric": "qualifying_events_per_week", "relative": 0.0},
        "selection": {
            "newsletter": "every alive account, monthly",
            "reengagement": "paying accounts with latent health < 0.35, every 4 weeks",
        },
    },
    "cs_meeting": {
        "effect": {
            "metric": "proposed_feature_events_per_week",
            "absolute": {NAMES[f]: float(UPLIFT[f]) for f in PROPOSABLE},
            "weeks": "from the meeting until churn or the window's end",
            "note": "only the proposed feature; the proposing meeting is in proposed_feature",
        },
        "selection": {
            "weekly_rate": {"Enterprise": 0.06, "Mid": 0.03, "SMB": 0.02},
            "owned_accounts_only": True,
            "dip_slope": 6.0,
            "dip": "max(0, mean health of the previous 8 weeks - health)",
            "renewal_boost": 2.0,
            "propose_share": 0.6,
        },
    },
    "nps": {
        "effect": None,
        "score": "round(1.5 + 9 * latent_health + N(0, 1.2)), clipped to 0..10",
        "selection": {"wave_every_weeks": 26, "respondents_per_account": "Binomial(min(members, 5), 0.3)"},
    },
    "onboarding": {
        "effect": None,
        "selection": {
            "who": "accounts whose contract starts in the window",
            "sessions": {"Enterprise": 3, "Mid": 3, "SMB": 1},
        },
    },
}
SEMINAR_EFFECT, SEMINAR_WEEKS, SEMINAR_CAP = 0.10, 8, 1.3


@dataclass
class Touchpoints:
    """Touchpoint rows (unsorted) plus the effects they have on usage."""

    ts: np.ndarray
    account: np.ndarray
    user: np.ndarray
    kind: np.ndarray
    title: np.ndarray
    body: np.ndarray
    score: np.ndarray
    campaign: np.ndarray
    feature: np.ndarray
    boost: np.ndarray
    """(accounts, weeks) multiplier on events per active member (seminar effect)."""
    proposals: dict[str, np.ndarray]
    """account, feature, start_us, rate, user of each feature proposed in a CS meeting."""


class _Rows:
    """Collects touchpoint rows kind by kind."""

    def __init__(self) -> None:
        self.columns: dict[str, list[np.ndarray]] = {
            k: [] for k in ("ts", "account", "user", "kind", "title", "body", "score", "campaign", "feature")
        }

    def add(
        self,
        kind: str,
        ts: np.ndarray,
        account: np.ndarray,
        user: np.ndarray,
        title: np.ndarray,
        body: np.ndarray,
        score: np.ndarray | None = None,
        campaign: np.ndarray | None = None,
        feature: np.ndarray | None = None,
    ) -> None:
        n = len(ts)
        self.columns["ts"].append(np.asarray(ts, np.int64))
        self.columns["account"].append(np.asarray(account, np.int64))
        self.columns["user"].append(np.asarray(user, np.int64))
        self.columns["kind"].append(np.full(n, K[kind], np.int8))
        self.columns["title"].append(np.asarray(title, object))
        self.columns["body"].append(np.asarray(body, object))
        self.columns["score"].append(np.full(n, -1) if score is None else np.asarray(score, np.int64))
        self.columns["campaign"].append(np.full(n, None, object) if campaign is None else np.asarray(campaign, object))
        self.columns["feature"].append(np.full(n, -1) if feature is None else np.asarray(feature, np.int64))

    def stacked(self) -> dict[str, np.ndarray]:
        return {k: np.concatenate(v) for k, v in self.columns.items()}


def draw_touchpoints(
    rng: np.random.Generator, acc: Accounts, life: Lifecycle, people: People, adoption: np.ndarray, timeline: Timeline
) -> Touchpoints:
    """All touchpoints of the window and the effects they carry."""
    pick = _MemberPicker(people, acc.n)
    rows = _Rows()
    health = np.nan_to_num(life.health, nan=0.0)
    alive = ~np.isnan(life.health)
    size = np.log10(np.maximum(acc.members, 1))
    week_start = timeline.week_starts_us

    # Support tickets: healthier, bigger accounts ask more; no effect on use.
    rate = 0.03 * (1 + 0.5 * size)[:, None] * np.exp(1.5 * (health - 0.6)) * alive
    a, w = _weekly_counts(rng, rate)
    ts = week_start[w] + week_offsets(rng, len(a))
    topic = rng.integers(0, len(texts.SUPPORT_TOPICS), len(a))
    rows.add("support_ticket", ts, a, pick(rng, a, ts), texts.support_titles(topic), texts.support_bodies(rng, topic))

    # Seminars: monthly webinars; attendance follows health; usage rises for a while after.
    boost = np.ones_like(life.health, dtype=np.float32)
    for number, (day, title) in enumerate(_seminar_days(timeline)):
        t = midnight_jst_us(day) + 15 * HOUR
        wk = int(timeline.week_of(np.array([t]))[0])
        if not 0 <= wk < timeline.n_weeks:
            continue
        p = np.minimum(0.9, 0.05 * (1 + 0.3 * size) * np.exp(2.5 * (health[:, wk] - 0.6)))
        came = np.flatnonzero(alive[:, wk] & (rng.random(acc.n) < p) & (life.alive_until_us > t))
        boost[came, wk + 1 : wk + 1 + SEMINAR_WEEKS] += SEMINAR_EFFECT
        ts = np.full(len(came), t)
        rows.add(
            "seminar",
            ts,
            came,
            pick(rng, came, ts),
            np.full(len(came), title),
            np.full(len(came), texts.SEMINAR_BODY),
            campaign=np.full(len(came), f"sem-{day:%Y-%m}-{number + 1:02d}"),
        )
    np.minimum(boost, SEMINAR_CAP, out=boost)

    # Community: meetups and forum activity of enthusiasts.
    rate = 0.006 * (1 + 0.3 * size)[:, None] * np.exp(3.0 * (health - 0.6)) * alive
    a, w = _weekly_counts(rng, rate)
    ts = week_start[w] + week_offsets(rng, len(a))
    which = rng.integers(0, len(texts.COMMUNITY), len(a))
    rows.add(
        "community",
        ts,
        a,
        pick(rng, a, ts),
        texts.pick(texts.COMMUNITY, which),
        np.full(len(a), texts.COMMUNITY_BODY),
        campaign=texts.pick(texts.COMMUNITY_CAMPAIGNS, which),
    )

    _emails(rows, rng, life, health, alive, timeline, pick)
    proposals = _meetings(rows, rng, acc, life, health, alive, adoption, timeline, pick)
    _nps(rows, rng, acc, life, health, alive, timeline, pick)
    _onboarding(rows, rng, acc, life, timeline, pick)

    out = rows.stacked()
    ok = (
        (out["ts"] >= timeline.start_us)
        & (out["ts"] < timeline.end_us)
        & (out["ts"] >= life.alive_from_us[out["account"]])
        & (out["ts"] < life.alive_until_us[out["account"]])
    )
    out = {k: v[ok] for k, v in out.items()}
    return Touchpoints(**out, boost=boost, proposals=proposals)


class _MemberPicker:
    """Picks a random member of an account who had joined by a moment (else its founder)."""

    def __init__(self, people: People, n_accounts: int) -> None:
        self.people = people
        self.first = np.searchsorted(people.account, np.arange(n_accounts))
        self.count = np.searchsorted(people.account, np.arange(n_accounts), side="right") - self.first

    def __call__(self, rng: np.random.Generator, account: np.ndarray, ts: np.ndarray) -> np.ndarray:
        account = np.asarray(account, np.int64)
        row = self.first[account] + (rng.random(len(account)) * self.count[account]).astype(np.int64)
        late = self.people.joined_us[row] > ts
        row[late] = self.first[account[late]]
        return self.people.user[row].astype(np.int64)

    def founder(self, account: np.ndarray) -> np.ndarray:
        return self.people.user[self.first[np.asarray(account, np.int64)]].astype(np.int64)


def _weekly_counts(rng: np.random.Generator, rate: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(account, week) of each touchpoint from Poisson weekly rates."""
    count = rng.poisson(rate)
    a, w = np.nonzero(count)
    times = count[a, w]
    return np.repeat(a, times), np.repeat(w, times)


def _seminar_days(timeline: Timeline) -> list[tuple[date, str]]:
    """The second Wednesday of every month in the window, with the seminar's title."""
    out: list[tuple[date, str]] = []
    first = date(timeline.start.year, timeline.start.month, 1)
    while first < timeline.end:
        wednesday = first + timedelta(days=(2 - first.weekday()) % 7 + 7)
        out.append((wednesday, texts.SEMINARS[len(out) % len(texts.SEMINARS)]))
        first = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return out


def _emails(
    rows: _Rows,
    rng: np.random.Generator,
    life: Lifecycle,
    health: np.ndarray,
    alive: np.ndarray,
    timeline: Timeline,
    pick: _MemberPicker,
) -> None:
    """Monthly newsletter to everyone; a re-engagement mail to unhealthy paying accounts."""
    for day, _ in _seminar_days(timeline):
        tuesday = day - timedelta(days=8)
        t = midnight_jst_us(tuesday) + 10 * HOUR
        wk = int(timeline.week_of(np.array([t]))[0])
        if 0 <= wk < timeline.n_weeks:
            a = np.flatnonzero(alive[:, wk])
            rows.add(
                "email",
                np.full(len(a), t),
                a,
                pick.founder(a),
                np.full(len(a), texts.NEWSLETTER_TITLE),
                np.full(len(a), texts.NEWSLETTER_BODY),
                campaign=np.full(len(a), f"nl-{tuesday:%Y-%m}"),
            )
    for wk in range(2, timeline.n_weeks, 4):
        t = int(timeline.week_starts_us[wk]) + 3 * DAY + 11 * HOUR
        a = np.flatnonzero(alive[:, wk] & (health[:, wk] < 0.35) & (life.contract_us <= t))
        label = f"reengage-{timeline.week_dates()[wk]:%Y-%m-%d}"
        rows.add(
            "email",
            np.full(len(a), t),
            a,
            pick.founder(a),
            np.full(len(a), texts.REENGAGE_TITLE),
            np.full(len(a), texts.REENGAGE_BODY),
            campaign=np.full(len(a), label),
        )


def _meetings(
    rows: _Rows,
    rng: np.random.Generator,
    acc: Accounts,
    life: Lifecycle,
    health: np.ndarray,
    alive: np.ndarray,
    adoption: np.ndarray,
    timeline: Timeline,
    pick: _MemberPicker,
) -> dict[str, np.ndarray]:
    """CS meetings for owned accounts, more after dips and before renewals; some propose a feature."""
    n, n_weeks = health.shape
    total = np.cumsum(np.c_[np.zeros(n), health * alive], axis=1)
    weeks = np.cumsum(np.c_[np.zeros(n), alive], axis=1)
    lag = np.maximum(np.arange(n_weeks) - 8, 0)
    seen = weeks[:, :-1] - weeks[:, lag]
    trailing = (total[:, :-1] - total[:, lag]) / np.maximum(seen, 1)
    dip = np.where(seen > 0, np.maximum(0, trailing - health), 0.0)
    base = np.array([0.06, 0.03, 0.02])[acc.tier] * (acc.owner >= 0)
    starts = timeline.week_starts_us
    renewal_soon = np.zeros_like(alive)
    for col in range(life.renewals_us.shape[1]):
        r = life.renewals_us[:, col : col + 1]
        renewal_soon |= (r >= starts[None, :]) & (r < starts[None, :] + 8 * WEEK)
    rate = base[:, None] * np.exp(6.0 * dip) * np.where(renewal_soon, 2.0, 1.0) * alive
    rate *= life.contract_us[:, None] <= starts[None, :]
    met = rng.random(rate.shape) < -np.expm1(-rate)
    a, w = np.nonzero(met)
    ts = starts[w] + rng.integers(0, 5, len(a)) * DAY + rng.integers(20, 36, len(a)) * 30 * MINUTE
    proposes = rng.random(len(a)) < 0.6
    feature = np.full(len(a), -1)
    proposable = np.array(PROPOSABLE)
    done: set[tuple[int, int]] = set()
    for i in np.lexsort((ts, a)):
        if not proposes[i]:
            continue
        depth = adoption[a[i], proposable] - health[a[i], w[i]]
        for j in np.argsort(-depth, kind="stable"):
            f = int(proposable[j])
            if depth[j] > 0.1 and (int(a[i]), f) not in done:
                done.add((int(a[i]), f))
                feature[i] = f
                break
    users = pick(rng, a, ts)
    topic = rng.integers(0, len(texts.MEETING_TITLES), len(a))
    rows.add(
        "cs_meeting",
        ts,
        a,
        users,
        texts.pick(texts.MEETING_TITLES, topic),
        texts.meeting_bodies(feature),
        feature=feature,
    )
    kept = (feature >= 0) & (ts >= timeline.start_us) & (ts < life.alive_until_us[a])
    return {
        "account": a[kept],
        "feature": feature[kept],
        "start_us": ts[kept],
        "rate": UPLIFT[feature[kept]],
        "user": users[kept],
    }


def _nps(
    rows: _Rows,
    rng: np.random.Generator,
    acc: Accounts,
    life: Lifecycle,
    health: np.ndarray,
    alive: np.ndarray,
    timeline: Timeline,
    pick: _MemberPicker,
) -> None:
    """Survey waves every 26 weeks back from the end; scores follow latent health."""
    wk = timeline.n_weeks - 2
    while wk >= 0 and timeline.week_starts_us[wk] >= timeline.start_us:
        t0 = int(timeline.week_starts_us[wk]) + 10 * HOUR
        a = np.flatnonzero(alive[:, wk] & (life.contract_us <= t0))
        k = rng.binomial(np.minimum(acc.members[a], 5), 0.3)
        a = np.repeat(a, k)
        ts = t0 + rng.integers(0, 5 * DAY, len(a))
        score = np.clip(np.round(1.5 + 9 * health[a, wk] + rng.normal(0, 1.2, len(a))), 0, 10).astype(np.int64)
        label = f"nps-{timeline.week_dates()[wk]:%Y-%m}"
        rows.add(
            "nps",
            ts,
            a,
            pick(rng, a, ts),
            np.full(len(a), f"NPS調査 {label[4:]}"),
            texts.nps_comments(rng, score),
            score=score,
            campaign=np.full(len(a), label),
        )
        wk -= 26


def _onboarding(
    rows: _Rows, rng: np.random.Generator, acc: Accounts, life: Lifecycle, timeline: Timeline, pick: _MemberPicker
) -> None:
    """Kick-off, setup and training sessions for new customers (one webinar for SMB)."""
    new = np.flatnonzero((life.contract_us >= timeline.start_us) & (life.contract_us < timeline.end_us))
    high = new[acc.tier[new] < 2]
    low = new[acc.tier[new] == 2]
    for step, days in enumerate((2, 9, 23)):
        ts = life.contract_us[high] + days * DAY + rng.integers(0, 8, len(high)) * HOUR
        rows.add(
            "onboarding",
            ts,
            high,
            pick.founder(high),
            np.full(len(high), texts.ONBOARDING[step]),
            np.full(len(high), texts.ONBOARDING_BODY[step]),
        )
    ts = life.contract_us[low] + rng.integers(3, 15, len(low)) * DAY
    rows.add(
        "onboarding",
        ts,
        low,
        pick.founder(low),
        np.full(len(low), texts.ONBOARDING[3]),
        np.full(len(low), texts.ONBOARDING_BODY[3]),
        campaign=np.full(len(low), "onboarding-webinar"),
    )
