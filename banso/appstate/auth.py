"""People who may use the web app and the API: users, roles, password hashes and API tokens.

Passwords are hashed with Argon2id with RFC 9106's second recommended parameters (`PASSWORD_HASHING`:
64 MiB, three passes, four lanes); a hash made with other parameters is upgraded on the next
successful login. API tokens are random, shown once, and stored only as their SHA-256, so a copy
of the database does not leak a working token.

Roles, from least to most power:

- `viewer` reads every page and the API;
- `csm` also saves and shares segments and works alerts;
- `admin` also manages users and everyone's tokens.

    with ws.app_state.session() as s:
        add_user(s, "aiko@example.com", "a long passphrase", "csm")
"""

from __future__ import annotations

import hashlib
import re
import secrets
from datetime import datetime
from functools import cache
from typing import Literal

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from argon2.profiles import RFC_9106_LOW_MEMORY
from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, delete, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from banso.appstate.base import Base, utc_now
from banso.appstate.session_rows import TOUCH_EVERY
from banso.errors import BansoError, NotFoundError
from banso.i18n import N_

Role = Literal["admin", "csm", "viewer"]
ROLES: tuple[Role, ...] = ("admin", "csm", "viewer")
_RANK = {"viewer": 0, "csm": 1, "admin": 2}
MIN_PASSWORD_LENGTH = 10
TOKEN_PREFIX = "banso_"
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+$")
PASSWORD_HASHING = RFC_9106_LOW_MEMORY
_hasher = PasswordHasher.from_parameters(PASSWORD_HASHING)


@cache
def _dummy_hash() -> str:
    """Verified against when the email is unknown, so a failed login takes as long either way (made at the
    first login, not when a command that never signs anyone in starts)."""
    return _hasher.hash(secrets.token_hex(16))


class AuthError(BansoError):
    """A user, password, role or token was refused; the message says why."""


class User(Base):
    __tablename__ = "app_users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True, index=True)
    name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Bumped on a password change (the sessions themselves are ended: see banso.appstate.web_sessions).
    session_epoch: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)

    def can(self, role: Role) -> bool:
        """Whether this user holds `role` or a stronger one."""
        return self.active and _RANK.get(self.role, -1) >= _RANK[role]

    @property
    def label(self) -> str:
        return self.name or self.email


class ApiToken(Base):
    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    hint: Mapped[str] = mapped_column(String(16))  # the first characters, to recognise a token in a list
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)


class Setting(Base):
    """Small server-wide values, such as the key that signs session cookies."""

    __tablename__ = "web_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(512))


# -- users ---------------------------------------------------------------------------------------
def normalize_email(email: str) -> str:
    value = email.strip().lower()
    if not _EMAIL.match(value):
        raise AuthError(N_("%(email)s is not an email address"), email=repr(email))
    return value


def check_role(role: str) -> Role:
    if role not in ROLES:
        raise AuthError(N_("unknown role %(role)s; use one of: %(choices)s"), role=repr(role), choices=", ".join(ROLES))
    return role  # type: ignore[return-value]


def check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AuthError(N_("the password must have at least %(least)s characters"), least=MIN_PASSWORD_LENGTH)
    return password


def add_user(session: Session, email: str, password: str, role: str, *, name: str | None = None,
             replace: bool = False) -> User:
    """Create a user (or, with `replace`, reset an existing one's password and role)."""
    address = normalize_email(email)
    check_role(role)
    check_password(password)
    user = find_user(session, address)
    if user is not None and not replace:
        raise AuthError(N_("%(email)s already exists; pass --replace to reset the password and role"), email=address)
    if user is None:
        user = User(email=address)
        session.add(user)
    else:
        from banso.appstate.session_rows import end_sessions

        user.session_epoch = (user.session_epoch or 0) + 1
        end_sessions(session, user.id)  # a new password signs out every browser that knew the old one
    user.password_hash = _hasher.hash(password)
    user.role = role
    user.active = True
    if name is not None:
        user.name = name
    session.flush()
    return user


def find_user(session: Session, email: str) -> User | None:
    return session.scalars(select(User).where(User.email == email.strip().lower())).first()


def get_user(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFoundError(N_("no user with id %(id)s"), id=user_id)
    return user


def list_users(session: Session) -> list[User]:
    return list(session.scalars(select(User).order_by(User.email)))


def count_users(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(User)) or 0)


def authenticate(session: Session, email: str, password: str) -> User | None:
    """The active user with this email and password, or None (same work either way)."""
    try:
        address = normalize_email(email)
    except AuthError:
        address = ""
    user = find_user(session, address) if address else None
    try:
        _hasher.verify(user.password_hash if user else _dummy_hash(), password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return None
    if user is None or not user.active:
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    user.last_login_at = utc_now()
    return user


# -- API tokens ----------------------------------------------------------------------------------
def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(session: Session, user: User, name: str) -> tuple[ApiToken, str]:
    """A new token for `user`; the plain token is returned once and never stored."""
    label = name.strip()
    if not label:
        raise AuthError(N_("give the token a name that says where it is used"))
    plain = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(user_id=user.id, name=label[:200], token_hash=_digest(plain), hint=plain[:12])
    session.add(token)
    session.flush()
    return token, plain


def user_for_token(session: Session, plain: str) -> User | None:
    """The active user a presented token belongs to, or None when it is unknown or revoked."""
    if not plain.startswith(TOKEN_PREFIX):
        return None
    token = session.scalars(select(ApiToken).where(ApiToken.token_hash == _digest(plain))).first()
    if token is None or token.revoked:
        return None
    user = session.get(User, token.user_id)
    if user is None or not user.active:
        return None
    now = utc_now()
    if token.last_used_at is None or now - token.last_used_at > TOUCH_EVERY:
        token.last_used_at = now  # a script's requests would otherwise each write the app state
    return user


def list_tokens(session: Session, user: User | None = None) -> list[ApiToken]:
    """Tokens of one user, or everyone's (for admins) when `user` is None."""
    query = select(ApiToken).order_by(ApiToken.created_at.desc())
    if user is not None:
        query = query.where(ApiToken.user_id == user.id)
    return list(session.scalars(query))


def revoke_token(session: Session, token_id: int, actor: User) -> ApiToken:
    token = session.get(ApiToken, token_id)
    if token is None or (token.user_id != actor.id and not actor.can("admin")):
        raise NotFoundError(N_("no token with id %(id)s"), id=token_id)
    token.revoked = True
    return token


# -- settings ------------------------------------------------------------------------------------
def secret_setting(session: Session, key: str) -> str:
    """A random secret stored once per application-state database (e.g. the cookie-signing key)."""
    row = session.get(Setting, key)
    if row is None:
        row = Setting(key=key, value=secrets.token_urlsafe(48))
        session.add(row)
        session.flush()
    return row.value


def forget_secrets(session: Session) -> int:
    """Drop the stored secrets (new ones are made on next use) and end every session; how many ended.

    For a database that others could read: whatever they copied must stop working.
    """
    from banso.appstate.session_rows import end_sessions

    session.execute(delete(Setting))
    return end_sessions(session)
