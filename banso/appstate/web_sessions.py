"""Signed-in browser sessions, kept server-side so that ending one really ends it.

A signed cookie alone cannot be taken back: a copy keeps working until it expires. So the cookie
carries a random session token, and this table holds the token's SHA-256 with its user and age.
Signing out deletes the row; disabling or removing a user, or setting a new password, deletes all
of theirs; a cookie whose row is gone is refused. Like API tokens, only digests are stored, so a
copy of the database, or of the key that signs cookies, does not give anyone a working session.

>>> with ws.app_state.session() as s:                  # doctest: +SKIP
...     token = start_session(s, user)                  # goes into the cookie
...     session_user(s, token)                          # the user, until end_session(s, token)
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from sqlalchemy import DateTime, ForeignKey, String, delete
from sqlalchemy.orm import Mapped, Session, mapped_column

from banso.appstate.auth import User, utc_now
from banso.appstate.db import Base

LIFETIME = timedelta(days=14)  # the longest a session lasts after sign-in (the cookie's Max-Age too)
TOUCH_EVERY = timedelta(minutes=5)  # last_seen_at is written at most this often, not on every request


class WebSession(Base):
    __tablename__ = "web_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    last_seen_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def start_session(session: Session, user: User) -> str:
    """A new session of `user`; the returned token goes into the cookie and is stored only as a digest."""
    now = utc_now()
    session.execute(delete(WebSession).where(WebSession.created_at < now - LIFETIME))  # expired, anyone's
    token = secrets.token_urlsafe(32)
    session.add(WebSession(token_hash=_digest(token), user_id=user.id, created_at=now, last_seen_at=now))
    session.flush()
    return token


def session_user(session: Session, token: str) -> User | None:
    """The active user of a live session, or None when it ended, expired or its user is disabled."""
    row = session.get(WebSession, _digest(token))
    now = utc_now()
    if row is None or row.created_at < now - LIFETIME:
        return None
    user = session.get(User, row.user_id)
    if user is None or not user.active:
        return None
    if now - row.last_seen_at > TOUCH_EVERY:
        row.last_seen_at = now
    return user


def end_session(session: Session, token: str) -> None:
    """Sign one session out (nothing happens when it has already ended)."""
    session.execute(delete(WebSession).where(WebSession.token_hash == _digest(token)))


def end_sessions(session: Session, user_id: int | None = None) -> int:
    """End every session of one user, or everyone's when `user_id` is None; how many ended."""
    query = delete(WebSession)
    if user_id is not None:
        query = query.where(WebSession.user_id == user_id)
    return int(session.execute(query).rowcount or 0)  # type: ignore[attr-defined]

