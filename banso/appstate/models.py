"""Imports every module that declares application-state tables, so `create_all` sees them.

Add one import line per feature module (e.g. `banso.appstate.auth`, `banso.appstate.alerts`).
"""
# Alerts and their history, the notification outbox, web users and tokens, saved segments, collector sources and their
# write keys, signed-in sessions, the service's jobs, connector cursors, runs and pushed values.
from banso.appstate import alerts, auth, collector, jobs, outbox, segments, session_rows, sync  # noqa: F401
