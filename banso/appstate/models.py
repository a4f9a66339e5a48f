"""Imports every module that declares application-state tables, so `create_all` sees them.

Add one import line per feature module (e.g. `banso.appstate.auth`, `banso.appstate.alerts`).
"""
# Alerts and their history, the notification outbox, web users and tokens, saved segments, collector sources and their
# write keys, signed-in sessions, the service's jobs, connector cursors, runs and pushed values; the record of changes,
# the team, tasks, notes and playbooks' enrolments; saved insights and dashboards, OKR targets.
from banso.appstate import (  # noqa: F401
    alerts,
    audit,
    auth,
    collector,
    insights,
    jobs,
    notes,
    outbox,
    playbooks,
    segments,
    session_rows,
    sync,
    targets,
    tasks,
    team,
)
