"""Which accounts were customers at a date, for the statistics that judge churn.

A trial that ends without a contract did not convert; it did not churn as a customer does. Its end is
kept in `churned_at` all the same (its status becomes `churned`), so a statistic of "churn within 90
days" that counted trials would weigh two outcomes as one. In the demo world 5% of the scored weeks
are trials', and they hold 46% of the churns within 90 days; their few members are all active, so
penetration seemed to carry no signal (an AUC of 0.55) where among customers it separates stayers from
leavers well (0.92). The health validation, the threshold help, the KPI tree's churn rates by band and
the alert backtest therefore judge customers only, and an account's weeks before its contract (its
trial, or before it) are no customer's; how trial cohorts last from their trial's start is reported on
its own (`by_trial_cohort`), and whether trials convert by the early behaviours.

Below every package that counts churn (signals as well as analysis), it needs nothing but pandas.
"""

from __future__ import annotations

import pandas as pd


def customer_at(trial_start: pd.Series, contract_start: pd.Series, at: pd.Series | pd.Timestamp,
                status: pd.Series) -> pd.Series:
    """Whether each account was a customer at `at`: its contract had begun before `at`.

    An account with neither start is taken at its status's word (a customer unless `trial`), as the
    lifecycle takes a CRM export without dates. Churn is not looked at: whether a customer churned, and
    when, is what the callers ask. The starts and `at` are compared as given (all local days, or all
    instants).

    >>> day = pd.Timestamp("2026-03-02")
    >>> trial = pd.Series(pd.to_datetime(["2026-02-01", "2026-02-01", "2026-03-09", None, None, None]))
    >>> contract = pd.Series(pd.to_datetime([None, "2026-02-20", None, None, None, "2026-03-02"]))
    >>> status = pd.Series(["churned", "active", "trial", "trial", "active", "active"])
    >>> customer_at(trial, contract, day, status).tolist()
    [False, True, False, False, True, False]
    """
    contracted = contract_start.notna() & (contract_start < at)
    undated = trial_start.isna() & contract_start.isna()
    return (contracted | (undated & (status != "trial"))).astype(bool)
