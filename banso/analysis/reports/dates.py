"""The date a report is seen at when its spec names none: the one the pages use.

That is the latest health snapshot of the current model, or, before the first one, the Monday after
the last event (`banso.analysis.account_list.default_as_of`); None for a store without events.
"""

from __future__ import annotations

from datetime import date

from banso.analysis.reports.base import RunContext


def seen_at(ctx: RunContext, asked: date | None = None) -> date | None:
    """`asked`, else the context's date, else the pages' date."""
    if asked is not None:
        return asked
    if ctx.as_of is not None:
        return ctx.as_of
    if ctx.health is not None:
        from banso.health.read import latest_as_of

        latest = latest_as_of(ctx.store, ctx.health.version)
        if latest is not None:
            return latest
    from banso.analysis.account_list import default_as_of

    return default_as_of(ctx.store)
