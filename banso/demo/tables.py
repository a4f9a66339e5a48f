"""The world's CSV exports, laid out as the source systems would export them.

`accounts.csv` mimics a CRM export (English headers, `+09:00` timestamps, blank cells for
missing values); `touchpoints.csv` a help desk / CRM / marketing export; the rest are product
database dumps. Column names here are what the loaders' demo mapping reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from banso.demo import names, playbook_history
from banso.demo.accounts import PLANS, TIERS, Accounts, first_after
from banso.demo.catalogue import NAMES
from banso.demo.clock import NEVER, Timeline, date_jst
from banso.demo.ids import format_ids, format_local_times
from banso.demo.lifecycle import Lifecycle
from banso.demo.people import People
from banso.demo.playbook_history import Enrolments
from banso.demo.revenue import Revenue
from banso.demo.touchpoints import KIND_NAMES, SOURCES, Touchpoints

CRM_URL = "https://crm.example.com/accounts/"


@dataclass(frozen=True)
class Widths:
    """Digits of the zero-padded account, user and touchpoint numbers in this world."""

    account: int
    user: int
    touchpoint: int = 7


def account_ids(n: int, widths: Widths) -> pa.StringArray:
    return format_ids("A", np.arange(1, n + 1), widths.account)


def _times(us: np.ndarray) -> pa.StringArray:
    us = np.asarray(us, dtype=np.int64)
    return format_local_times(us, missing=us == NEVER)


def status_of(life: Lifecycle) -> np.ndarray:
    """trial / active / churned at the window's end."""
    return np.where(life.churned_us != NEVER, "churned", np.where(life.contract_us != NEVER, "active", "trial"))


def accounts_table(acc: Accounts, life: Lifecycle, revenue: Revenue, timeline: Timeline, widths: Widths) -> pa.Table:
    ids = account_ids(acc.n, widths)
    paid = life.contract_us != NEVER
    churned = life.churned_us != NEVER
    renewal = first_after(life.renewals_us, np.where(churned, life.churned_us - 1, timeline.end_us - 1))
    renewal = np.where(paid, renewal, NEVER)
    seats_missing = acc.seats_hidden | (revenue.last_seats == 0)
    owner = np.array(("", *names.CSMS), dtype=object)[acc.owner + 1]
    owner[owner == ""] = None
    return pa.table(
        {
            "Account ID": ids,
            "Account Name": pa.array(acc.names, pa.string()),
            "Plan": pa.array(np.array(PLANS)[acc.plan]),
            "Tier": pa.array(np.array(TIERS)[acc.tier]),
            "MRR": pa.array(revenue.last_mrr),
            "Seats": pa.array(revenue.last_seats, mask=seats_missing),
            "Status": pa.array(status_of(life)),
            "Trial Start": _times(acc.trial_start_us),
            "Contract Start": _times(life.contract_us),
            "Renewal Date": format_local_times(renewal, date_only=True, missing=renewal == NEVER),
            "Churn Date": _times(life.churned_us),
            "Account Owner": pa.array(owner, pa.string()),
            "CRM URL": pc.binary_join_element_wise(CRM_URL, ids, ""),
            "Industry": pa.array(np.array(names.INDUSTRIES)[acc.industry]),
            "Region": pa.array(np.array(names.PREFECTURES)[acc.region]),
        }
    )


def users_table(people: People, widths: Widths) -> pa.Table:
    """Users with a mail address on their first organization's domain."""
    n = people.n_users
    first_of_account = np.searchsorted(people.primary_account, people.primary_account)
    ordinal = np.arange(n) - first_of_account
    given = pa.array(np.array([r for _, r in names.GIVEN_NAMES])[people.given])
    surname = pa.array(np.array([r for _, r in names.SURNAMES])[people.surname])
    number = pc.if_else(pa.array(ordinal == 0), "", pc.cast(pa.array(ordinal), pa.string()))
    domain = format_ids("c", people.primary_account + 1, widths.account)
    email = pc.binary_join_element_wise(given, ".", surname, number, "@", domain, ".example.jp", "")
    full_name = pc.binary_join_element_wise(
        pa.array(np.array([k for k, _ in names.SURNAMES])[people.surname]),
        pa.array(np.array([k for k, _ in names.GIVEN_NAMES])[people.given]),
        " ",
    )
    return pa.table(
        {
            "user_id": format_ids("U", np.arange(1, n + 1), widths.user),
            "email": email,
            "created_at": _times(people.created_us),
            "name": full_name,
            "job_title": pa.array(np.array(names.JOB_TITLES)[people.title]),
        }
    )


def memberships_table(people: People, widths: Widths) -> pa.Table:
    return pa.table(
        {
            "user_id": format_ids("U", people.user.astype(np.int64) + 1, widths.user),
            "account_id": format_ids("A", people.account.astype(np.int64) + 1, widths.account),
            "role": pa.array(np.where(people.admin, "admin", "member")),
            "joined_at": _times(people.joined_us),
        }
    )


def touchpoints_table(tp: Touchpoints, widths: Widths) -> pa.Table:
    """Touchpoints in time order, numbered in that order."""
    order = np.lexsort((tp.kind, tp.account, tp.ts))
    n = len(order)
    user = tp.user[order]
    feature = tp.feature[order]
    score = tp.score[order]
    kind = tp.kind[order]
    return pa.table(
        {
            "touchpoint_id": format_ids("T", np.arange(1, n + 1), max(widths.touchpoint, len(str(n)))),
            "ts": _times(tp.ts[order]),
            "account_id": format_ids("A", tp.account[order] + 1, widths.account),
            "user_id": _nullable(format_ids("U", np.maximum(user, 0) + 1, widths.user), user < 0),
            "kind": pa.array(np.array(KIND_NAMES)[kind]),
            "title": pa.array(tp.title[order], pa.string()),
            "body": pa.array(tp.body[order], pa.string()),
            "score": pa.array(score, mask=score < 0),
            "campaign": pa.array(tp.campaign[order], pa.string()),
            "proposed_feature": pa.array(
                np.array(NAMES, dtype=object)[np.maximum(feature, 0)], pa.string(), mask=feature < 0
            ),
            "source": pa.array(np.array(SOURCES)[kind]),
        }
    )


def revenue_table(revenue: Revenue, widths: Widths) -> pa.Table:
    """One row per account and month with MRR (0 in the month of churn)."""
    a, m = np.nonzero(revenue.mrr >= 0)
    return pa.table(
        {
            "account_id": format_ids("A", a + 1, widths.account),
            "month": pa.array(np.array(revenue.months)[m]),
            "mrr": pa.array(revenue.mrr[a, m]),
        }
    )


def _nullable(values: pa.Array, missing: np.ndarray) -> pa.Array:
    return pc.if_else(pa.array(missing), pa.scalar(None, values.type), values)


def enrolments_table(enrolled: Enrolments, acc: Accounts, widths: Widths) -> pa.Table:
    """The playbook's enrolments as the tool that ran it before banso would export them."""
    owner = np.array(("", *names.CSMS), dtype=object)[acc.owner[enrolled.account] + 1]
    return pa.table({
        "account_id": account_ids(acc.n, widths).take(pa.array(enrolled.account)),
        "account_name": pa.array(np.array(acc.names, dtype=object)[enrolled.account], pa.string()),
        "owner": pa.array(owner, pa.string()),
        "playbook": pa.array([playbook_history.NAME] * len(enrolled.account), pa.string()),
        "enrolled_on": pa.array(date_jst(enrolled.day_us), pa.date32()),
    })


def write_csv(table: pa.Table, path: Path) -> Path:
    """UTF-8 CSV with a header, strings quoted, missing values as empty cells."""
    pacsv.write_csv(table, path, pacsv.WriteOptions(include_header=True, quoting_style="needed"))
    return path
