"""The ground truth written beside the data, so tests can check that analyses recover it."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from banso.demo import events, lifecycle, partfile, people, playbook_history, revenue
from banso.demo.accounts import CONVERSION, TIERS, TRIAL_DAYS, Accounts
from banso.demo.catalogue import DEPTH, NAMES, PASSIVE_EVENTS, catalogue_truth
from banso.demo.clock import DAY, NEVER, Timeline, date_jst
from banso.demo.lifecycle import Lifecycle
from banso.demo.people import People
from banso.demo.tables import Widths, account_ids
from banso.demo.touchpoints import KINDS

_TS = pa.timestamp("us", tz="UTC")


def invited_within_7d(acc: Accounts, ppl: People) -> np.ndarray:
    """Whether anyone was invited in the trial's first seven days (as drawn, for pre-window trials)."""
    a = ppl.account
    early = (ppl.invite_us != NEVER) & (ppl.invite_us < acc.trial_start_us[a] + 7 * DAY)
    seen = np.bincount(a[early], minlength=acc.n) > 0
    return np.where(acc.new, seen, acc.invited_early)


def write_truth_json(path: Path, preset: str, seed: int, timeline: Timeline, counts: dict[str, int]) -> Path:
    truth = {
        "preset": preset,
        "seed": seed,
        "start": timeline.start.isoformat(),
        "end": timeline.end.isoformat(),
        "timezone": "Asia/Tokyo",
        "counts": counts,
        "events": catalogue_truth(),
        "passive_events": list(PASSIVE_EVENTS),
        "feature_events": [NAMES[i] for i in np.flatnonzero(DEPTH > 0)],
        "usage": {
            "penetration": f"({events.PENETRATION[0]} + {events.PENETRATION[1]} * health**1.5)"
            " / (1 + 0.12 * ln(members)), times member propensity",
            "events_per_active_member_week": f"activity * ({events.VOLUME[0]} + {events.VOLUME[1]} * health**1.3)",
            "evenness": "member propensity exp((0.6 + 1.2 * (1 - health)) * N(0, 0.9)): uneven when unhealthy",
            "breadth": "a feature is used while health exceeds the account's adoption threshold",
        },
        "health": {
            "model": "weekly mean-reverting walk around the account's own level, with negative shocks",
            "reversion": lifecycle.REVERSION,
            "noise": lifecycle.NOISE,
            "shock_rate": lifecycle.SHOCK_RATE,
            "shock_mean": lifecycle.SHOCK_MEAN,
            "baseline": "Beta(6.5, 3.5)",
        },
        "churn": {
            "renewal_churn_probability": "0.02 + 0.9 / (1 + exp(14 * (health - 0.42)))",
            "decline_weeks_before_churn": [13, 26],
            "decline_floor": lifecycle.FLOOR,
            "decline_shape": "ease-out: drop * (1 - (1 - x)**3)",
            "aborted_decline_share": lifecycle.ABORTED_SHARE,
            "off_cycle_share_of_hazard": lifecycle.OFF_CYCLE_SHARE,
        },
        "trials": {"days": TRIAL_DAYS, "conversion": CONVERSION},
        "touchpoints": KINDS,
        "playbooks": playbook_history.truth(),
        "revenue": {"contraction_below_health": revenue.CONTRACTION_HEALTH, "minimum_mrr": revenue.MINIMUM_MRR},
        "ingestion": {
            "late_share": partfile.LATE_SHARE,
            "late_delay_hours": [1, 36],
            "account_less": "events after sign-up and before joining an organization",
            "prejoin_user_share": people.PREJOIN_SHARE,
        },
    }
    path.write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def write_playbook_truth(path: Path, enrolled: playbook_history.Enrolments, widths: Widths, n: int) -> Path:
    """Each enrolment of the planted playbook, and whether its owner followed up (which carries the effect)."""
    table = pa.table({
        "account_id": account_ids(n, widths).take(pa.array(enrolled.account)),
        "enrolled_on": pa.array(date_jst(enrolled.day_us), pa.date32()),
        "followed_up": pa.array(enrolled.followed_up),
    })
    pq.write_table(table, path, compression="zstd")
    return path


def write_weekly_health(path: Path, life: Lifecycle, timeline: Timeline, widths: Widths) -> Path:
    """Latent health per account and ISO week while the account is alive."""
    a, w = np.nonzero(~np.isnan(life.health))
    weeks = np.array(timeline.week_dates(), dtype="datetime64[D]")
    table = pa.table(
        {
            "account_id": account_ids(len(life.health), widths).take(pa.array(a)),
            "week_start": pa.array(weeks[w], pa.date32()),
            "latent_health": pa.array(life.health[a, w], pa.float32()),
        }
    )
    pq.write_table(table, path, compression="zstd")
    return path


def write_account_truth(path: Path, acc: Accounts, life: Lifecycle, ppl: People, widths: Widths) -> Path:
    """What each account really did: conversion, contract, churn, early invitations, size."""

    def ts(values: np.ndarray) -> pa.Array:
        return pa.array(np.where(values == NEVER, 0, values), _TS, mask=values == NEVER)

    table = pa.table(
        {
            "account_id": account_ids(acc.n, widths),
            "trial_started_at": ts(acc.trial_start_us),
            "converted": pa.array(life.contract_us != NEVER),
            "contract_started_at": ts(life.contract_us),
            "churned_at": ts(life.churned_us),
            "invited_within_7d": pa.array(invited_within_7d(acc, ppl)),
            "n_users": pa.array(np.bincount(ppl.account, minlength=acc.n)),
            "tier": pa.array(np.array(TIERS)[acc.tier]),
            "baseline_health": pa.array(acc.mu, pa.float32()),
            "decline_started_at": ts(life.decline_us),
        }
    )
    pq.write_table(table, path, compression="zstd")
    return path
