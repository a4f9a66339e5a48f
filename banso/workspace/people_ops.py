"""The people who may sign in, their sessions and API tokens, through the facade.

The web app and `banso user …` call these; each opens one application-state session, so a change is
committed whole or not at all. Users come back as rows detached from their session (read-only).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from banso.workspace.base import WorkspaceBase

if TYPE_CHECKING:
    from banso.appstate.access import AccessChange
    from banso.appstate.auth import ApiToken, User


@dataclass(frozen=True)
class Account:
    """A person's own settings: who they are, their API tokens, and (for an admin) everyone."""

    me: User
    tokens: list[ApiToken]
    users: list[User] | None


class PeopleOps(WorkspaceBase):
    # -- signing in ----------------------------------------------------------------------------
    def authenticate(self, email: str, password: str) -> User | None:
        """The user with this email and password; None when they do not match (or the user is disabled)."""
        from banso.appstate.auth import authenticate

        with self.app_state.session() as s:
            return authenticate(s, email, password)

    def user_for_token(self, token: str) -> User | None:
        """The active user an API token belongs to; None for a wrong or revoked token."""
        from banso.appstate.auth import user_for_token

        with self.app_state.session() as s:
            return user_for_token(s, token)

    def session_user(self, sid: str) -> User | None:
        """The user a signed-in session belongs to; None when it ended (sign-out, disabled, new password)."""
        from banso.appstate.web_sessions import session_user

        with self.app_state.session() as s:
            return session_user(s, sid)

    def start_session(self, user: User, previous: str | None = None) -> str:
        """A new session for `user` (its token goes in the cookie); the `previous` one ends."""
        from banso.appstate.web_sessions import end_session, start_session

        with self.app_state.session() as s:
            if previous is not None:
                end_session(s, previous)
            return start_session(s, user)

    def end_session(self, sid: str) -> None:
        from banso.appstate.web_sessions import end_session

        with self.app_state.session() as s:
            end_session(s, sid)

    def session_key(self) -> str:
        """The key that signs session cookies (made on first use, kept in the private app state)."""
        from banso.appstate.auth import secret_setting

        with self.app_state.session() as s:
            return secret_setting(s, "session_key")

    # -- people ----------------------------------------------------------------------------------
    def count_users(self) -> int:
        from banso.appstate.auth import count_users

        with self.app_state.session() as s:
            return count_users(s)

    def users(self) -> list[User]:
        from banso.appstate.auth import list_users

        with self.app_state.session() as s:
            return list_users(s)

    def find_user(self, email: str) -> User | None:
        from banso.appstate.auth import find_user

        with self.app_state.session() as s:
            return find_user(s, email)

    def add_user(self, email: str, password: str, role: str, *, name: str | None = None,
                 replace: bool = False) -> User:
        """Add a person (or, with `replace`, set a new password and role: their sessions end)."""
        from banso.appstate.auth import add_user

        with self.app_state.session() as s:
            return add_user(s, email, password, role, name=name, replace=replace)

    def set_role(self, email: str, role: str) -> User:
        """Change a role; the last active admin keeps theirs."""
        from banso.appstate.access import set_role

        with self.app_state.session() as s:
            return set_role(s, email, role)

    def set_active(self, email: str, active: bool) -> AccessChange:
        """Disable (sessions end, tokens refused) or enable a person."""
        from banso.appstate.access import set_active

        with self.app_state.session() as s:
            return set_active(s, email, active)

    def remove_user(self, email: str, heir: str | None = None) -> AccessChange:
        """Remove a person; the segments they shared go to `heir` (an email), without whom removal is refused."""
        from banso.appstate.access import remove_user
        from banso.appstate.auth import find_user
        from banso.errors import NotFoundError
        from banso.i18n import N_

        with self.app_state.session() as s:
            successor = None
            if heir is not None:
                successor = find_user(s, heir)
                if successor is None:
                    raise NotFoundError(N_("no user %(email)s to hand the shared segments over to"), email=repr(heir))
            return remove_user(s, email, heir=successor)

    # -- API tokens --------------------------------------------------------------------------------
    def create_token(self, user: User, name: str) -> tuple[ApiToken, str]:
        """A new API token for `user`; the plain token is returned this once and stored hashed."""
        from banso.appstate.auth import create_token

        with self.app_state.session() as s:
            return create_token(s, s.merge(user), name)

    def revoke_token(self, token_id: int, actor: User) -> ApiToken:
        from banso.appstate.auth import revoke_token

        with self.app_state.session() as s:
            return revoke_token(s, token_id, s.merge(actor))

    def account(self, user: User) -> Account:
        """The settings page of `user`: themselves, their tokens and, for an admin, everyone."""
        from banso.appstate.auth import list_tokens, list_users

        with self.app_state.session() as s:
            me = s.merge(user)
            return Account(me=me, tokens=list_tokens(s, me), users=list_users(s) if me.can("admin") else None)
