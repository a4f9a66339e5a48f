"""Data quality of the event feed, per source and per day: what would make a metric wrong before any
customer changed — events without an account, events naming accounts the CRM does not have, users who
belong to no account, and events that arrived long after they happened.
"""

from __future__ import annotations

from datetime import timedelta

import ibis
import pandas as pd

from banso.store import Store

LATE = timedelta(days=1)  # received more than this after the event's time


def data_quality(store: Store, late: timedelta = LATE) -> tuple[pd.DataFrame, pd.DataFrame, dict[str, int]]:
    """(per source and day, per source, workspace counts). Counts are computed in the store."""
    e = store.table("events")
    known = store.table("accounts").select("account_id").mutate(known=ibis.literal(True))
    j = e.left_join(known, "account_id")
    no_account = j.account_id.isnull()
    unknown = j.account_id.notnull() & j.known.isnull()
    is_late = j.received_at.notnull() & ((j.received_at.epoch_seconds() - j.ts.epoch_seconds()) > late.total_seconds())
    source = j.source.fill_null("—")
    measures = dict(events=j.count(), without_account=no_account.sum(), unknown_account=unknown.sum(),
                    late=is_late.sum())
    per_day = store.execute(j.group_by(source=source, day=j.day).agg(**measures).order_by(["source", "day"]))
    per_source = store.execute(j.group_by(source=source).agg(**measures).order_by("source"))
    for frame in (per_day, per_source):
        for col in ("without_account", "unknown_account", "late"):
            frame[col] = frame[col].fillna(0).astype("int64")
    users, mem = store.table("users"), store.table("memberships")
    lonely = users.filter(~users.user_id.isin(mem.user_id)).count()
    totals = {
        "events": int(per_source["events"].sum()),
        "without_account": int(per_source["without_account"].sum()),
        "unknown_account": int(per_source["unknown_account"].sum()),
        "late": int(per_source["late"].sum()),
        "users_without_membership": int(store.ibis.execute(lonely)),
    }
    return per_day, per_source, totals
