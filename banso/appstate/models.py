"""Imports every module that declares application-state tables, so `create_all` sees them.

Add one import line per feature module (e.g. `banso.appstate.auth`, `banso.appstate.alerts`).
"""
from banso.appstate import auth, segments  # noqa: F401 - web users, tokens, saved segments
from banso.appstate import collector  # noqa: F401 - collector sources and their write keys
