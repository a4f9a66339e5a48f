"""The application-state database: engine, sessions, table creation.

A SQLite file holds sign-in secrets, so it is created readable by its owner only; one found open to
other users is tightened and its secrets (the cookie-signing key, every session) are replaced, since
anyone could have copied them (see `banso.appstate.private`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

import banso.appstate.models  # noqa: F401 - registers every feature's tables on Base
from banso.appstate.base import Base
from banso.appstate.private import Exposure, make_private

log = logging.getLogger("banso.appstate")


class AppState:
    """One application-state database. `with app.session() as s:` commits on success, rolls back on error."""

    def __init__(self, url: str):
        self.url = url
        file = sqlite_file(url)
        self.exposed: list[Exposure] = make_private(file) if file is not None else []
        self.engine: Engine = create_engine(url, future=True)
        if url.startswith("sqlite"):
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        Base.metadata.create_all(self.engine)
        if self.exposed:
            self._replace_secrets()

    def _replace_secrets(self) -> None:
        from banso.appstate.auth import forget_secrets

        with self.session() as s:
            ended = forget_secrets(s)
        log.warning("%s could be read by other users of this machine; it is now private (mode 0600). "
                    "The key that signs session cookies was replaced and %d signed-in session(s) ended: "
                    "everyone signs in again. Password hashes were readable too: have weak passwords changed "
                    "(`banso user add EMAIL --replace`).", ", ".join(map(str, self.exposed)), ended)

    @contextmanager
    def session(self) -> Iterator[Session]:
        s = self._sessions()
        try:
            yield s
            s.commit()
        except BaseException:
            s.rollback()
            raise
        finally:
            s.close()

    def dispose(self) -> None:
        self.engine.dispose()


def sqlite_file(url: str) -> Path | None:
    """The database file of a SQLite URL; None for other databases and in-memory SQLite."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    if parsed.database.startswith("file:"):  # URI filenames: leave them to the one who wrote them
        return None
    return Path(parsed.database)


def _sqlite_pragmas(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()
