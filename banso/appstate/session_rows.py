"""The table of signed-in sessions: one row per live session, its token kept only as a SHA-256 digest.

Ending sessions is needed where a user's access changes (`auth`: a new password; `access`: disabled
or removed), so the table and `end_sessions` live here, apart from `web_sessions`, which starts and
reads sessions for users: nothing imports in a circle.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from sqlalchemy import DateTime, ForeignKey, String, delete
from sqlalchemy.orm import Mapped, Session, mapped_column

from banso.appstate.base import Base, utc_now

LIFETIME = timedelta(days=14)  # the longest a session lasts after sign-in (the cookie's Max-Age too)
# A session's last_seen_at and a token's last_used_at are written at most this often, not on every request:
# a page reads the app state, and a busy script would otherwise make every one of its calls a write.
TOUCH_EVERY = timedelta(minutes=5)


class WebSession(Base):
    __tablename__ = "web_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    last_seen_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)


def digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def end_sessions(session: Session, user_id: int | None = None) -> int:
    """End every session of one user, or everyone's when `user_id` is None; how many ended."""
    query = delete(WebSession)
    if user_id is not None:
        query = query.where(WebSession.user_id == user_id)
    return int(session.execute(query).rowcount or 0)  # type: ignore[attr-defined]

