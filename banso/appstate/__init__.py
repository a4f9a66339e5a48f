"""Application state (logins, alert states, tasks, saved segments, notes, collector keys).

Lives in a relational database through SQLAlchemy: SQLite in the workspace by default, PostgreSQL
in production (`app_state.url` in banso.yaml or `BANSO_APP_STATE_URL`). Each feature declares its
tables in its own module on the shared `Base`; importing `banso.appstate.models` registers them all.
"""

from banso.appstate.base import Base
from banso.appstate.db import AppState

__all__ = ["AppState", "Base"]
