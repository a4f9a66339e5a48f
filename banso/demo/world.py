"""`generate()`: build a synthetic world with known truth and write it to a folder.

>>> import tempfile
>>> summary = generate(Path(tempfile.mkdtemp()) / "world", preset="tiny", seed=1)
>>> summary.accounts, summary.start, summary.end
(40, datetime.date(2026, 5, 16), datetime.date(2026, 11, 16))
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np

from banso.demo import playbook_history, tables, truth
from banso.demo.accounts import assign_portfolios, draw_accounts
from banso.demo.catalogue import adoption_thresholds
from banso.demo.clock import make_timeline
from banso.demo.ids import digits_needed
from banso.demo.lifecycle import simulate
from banso.demo.parts import EventParts, expected_events, make_chunk, plan_parts
from banso.demo.people import draw_people
from banso.demo.presets import PRESETS
from banso.demo.revenue import monthly_revenue
from banso.demo.touchpoints import draw_touchpoints

DEFAULT_END = date(2026, 11, 16)
Progress = Callable[[str, float], None]

# One independent random stream per stage, so that changing one stage leaves the others' draws alone.
_STREAMS = ("accounts", "lifecycle", "people", "adoption", "touchpoints", "revenue", "owners", "playbooks")


@dataclass(frozen=True)
class WorldSummary:
    """What `generate` wrote."""

    preset: str
    seed: int
    accounts: int
    users: int
    memberships: int
    events: int
    touchpoints: int
    start: date
    end: date
    paths: tuple[Path, ...]


def generate(
    out_dir: Path,
    preset: str = "tiny",
    seed: int = 0,
    accounts: int | None = None,
    months: int | None = None,
    end: date | None = None,
    progress: Progress | None = None,
) -> WorldSummary:
    """Simulate a B2B SaaS customer base and write its data and ground truth to `out_dir`.

    The same arguments always give byte-identical files. `accounts` and `months` override the
    preset; the window is the `months` calendar months before `end` (midnight, Japan time).
    """
    if preset not in PRESETS:
        raise ValueError(f"unknown preset {preset!r}; choose one of {', '.join(PRESETS)}")
    spec = PRESETS[preset]
    n = spec.accounts if accounts is None else accounts
    n_months = spec.months if months is None else months
    if n < 1 or n_months < 1 or seed < 0:
        raise ValueError("accounts and months must be at least 1 and seed non-negative")
    report = progress or (lambda stage, fraction: None)
    out_dir = Path(out_dir)
    events_dir = out_dir / "events"
    events_dir.mkdir(parents=True, exist_ok=True)
    for stale in events_dir.glob("part-*.parquet"):
        stale.unlink()

    timeline = make_timeline(end or DEFAULT_END, n_months)
    rng = {name: np.random.default_rng(np.random.SeedSequence(seed, spawn_key=(i,))) for i, name in enumerate(_STREAMS)}
    report("accounts", 0.0)
    acc = draw_accounts(rng["accounts"], n, timeline, spec.mean_members)
    assign_portfolios(rng["owners"], acc)
    life = simulate(rng["lifecycle"], acc, timeline)
    report("accounts", 1.0)
    ppl = draw_people(rng["people"], acc, life, timeline)
    adoption = adoption_thresholds(rng["adoption"], n)
    tp = draw_touchpoints(rng["touchpoints"], acc, life, ppl, adoption, timeline)
    enrolled = playbook_history.draw_enrolments(rng["playbooks"], acc, life, timeline)
    playbook_history.plant(tp.boost, enrolled)
    rev = monthly_revenue(rng["revenue"], acc, life, ppl, timeline)
    report("people", 1.0)

    widths = tables.Widths(account=digits_needed(n, 6), user=digits_needed(ppl.n_users, 7))
    expected = expected_events(acc, life, spec.activity)
    chunks = [
        make_chunk(
            part,
            lo,
            hi,
            seed,
            spec.activity,
            timeline.start_us,
            timeline.end_us,
            timeline.week0_us,
            acc,
            life,
            ppl,
            tp,
            adoption,
        )
        for part, (lo, hi) in enumerate(plan_parts(expected, spec.part_events))
    ]
    with EventParts(chunks, events_dir, widths.account, widths.user, float(expected.sum())) as parts:
        touchpoints = tables.touchpoints_table(tp, widths)
        paths = [
            tables.write_csv(tables.accounts_table(acc, life, rev, timeline, widths), out_dir / "accounts.csv"),
            tables.write_csv(tables.users_table(ppl, widths), out_dir / "users.csv"),
            tables.write_csv(tables.memberships_table(ppl, widths), out_dir / "memberships.csv"),
            tables.write_csv(touchpoints, out_dir / "touchpoints.csv"),
            tables.write_csv(tables.revenue_table(rev, widths), out_dir / "revenue.csv"),
            truth.write_weekly_health(out_dir / "truth.parquet", life, timeline, widths),
            truth.write_account_truth(out_dir / "truth_accounts.parquet", acc, life, ppl, widths),
            tables.write_csv(tables.enrolments_table(enrolled, acc, widths), out_dir / "playbook_enrollments.csv"),
            truth.write_playbook_truth(out_dir / "truth_playbooks.parquet", enrolled, widths, n),
        ]
        report("tables", 1.0)
        stats = parts.wait(report)

    counts = {
        "accounts": n,
        "users": ppl.n_users,
        "memberships": len(ppl.account),
        "events": sum(s.events for s in stats),
        "events_without_account": sum(s.without_account for s in stats),
        "touchpoints": touchpoints.num_rows,
        "playbook_enrollments": len(enrolled.account),
        "event_parts": len(stats),
    }
    paths.append(truth.write_truth_json(out_dir / "truth.json", preset, seed, timeline, counts))
    return WorldSummary(
        preset=preset,
        seed=seed,
        accounts=n,
        users=ppl.n_users,
        memberships=len(ppl.account),
        events=counts["events"],
        touchpoints=touchpoints.num_rows,
        start=timeline.start,
        end=timeline.end,
        paths=(*paths, *(s.path for s in stats)),
    )
