"""Checking a password without letting guessers slow everyone down.

A password check is Argon2: deliberately slow (a fifth of a second of one core) and memory-hard. A
burst of wrong guesses used to run as many checks at once as the server had threads, and every other
request waited for the CPU. So sign-ins pass two gates before a password is checked:

- `Throttle`s per account and per client address (`banso.web.throttle`): a few failures are free,
  then each further attempt waits, and a waiting attempt is refused at once, for free;
- a `HashGate`: at most half the cores check passwords at once and a few more sign-ins queue;
  past that, a sign-in is told to retry in a second. Signed-in requests never hash, so they keep
  the other cores.

A wrong API token counts against its address too, in its own throttle, so a script with a revoked
token does not lock people out of the sign-in form.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from fastapi import Request

from banso.appstate.auth import User, normalize_email
from banso.errors import BansoError
from banso.web.deps import get_workspace
from banso.web.throttle import Policy, Throttle, TooManyAttempts

ACCOUNT = Policy(free=5, window=15 * 60, first_wait=30, longest_wait=15 * 60)
ADDRESS = Policy(free=20, window=15 * 60, first_wait=30, longest_wait=15 * 60)
TOKENS = Policy(free=20, window=15 * 60, first_wait=30, longest_wait=15 * 60)


class HashGate:
    """At most `slots` password checks at once and `queue` more waiting; beyond, `TooManyAttempts('busy')`."""

    def __init__(self, slots: int | None = None, queue: int | None = None, patience: float = 5.0):
        self.slots = slots or max(1, (os.cpu_count() or 2) // 2)
        self.queue = self.slots * 4 if queue is None else queue
        self.patience = patience
        self._free = threading.Semaphore(self.slots)
        self._lock = threading.Lock()
        self._waiting = 0

    @contextmanager
    def slot(self) -> Iterator[None]:
        with self._lock:
            if self._waiting >= self.slots + self.queue:
                raise TooManyAttempts(1, "busy")
            self._waiting += 1
        try:
            if not self._free.acquire(timeout=self.patience):
                raise TooManyAttempts(1, "busy")
            try:
                yield
            finally:
                self._free.release()
        finally:
            with self._lock:
                self._waiting -= 1


class SignInGuard:
    """The throttles and the gate of one running web app."""

    def __init__(self, *, account: Policy = ACCOUNT, address: Policy = ADDRESS, tokens: Policy = TOKENS,
                 gate: HashGate | None = None) -> None:
        self.accounts = Throttle(account)
        self.addresses = Throttle(address)
        self.tokens = Throttle(tokens)
        self.gate = gate or HashGate()

    def check(self, account: str, address: str) -> None:
        """Refuse (TooManyAttempts) when the account or the address must still wait."""
        for throttle, key, scope in ((self.accounts, account, "account"), (self.addresses, address, "address")):
            wait = throttle.wait(key)
            if wait > 0:
                raise TooManyAttempts(wait, scope)


def client_address(request: Request) -> str:
    """The client's address (the proxy's view of it when uvicorn trusts --proxy-headers)."""
    return request.client.host if request.client else "unknown"


def account_key(email: str) -> str:
    try:
        return normalize_email(email)
    except BansoError:
        return email.strip().lower()[:320]


def sign_in(request: Request, email: str, password: str) -> User | None:
    """The user with this email and password, None when they do not match; TooManyAttempts when throttled."""
    guard: SignInGuard = request.app.state.signin
    account, address = account_key(email), client_address(request)
    guard.check(account, address)
    with guard.gate.slot():
        user = get_workspace(request).authenticate(email, password)
    if user is None:
        guard.accounts.failed(account)
        guard.addresses.failed(address)
        return None
    guard.accounts.succeeded(account)
    return user


def check_token_address(request: Request) -> None:
    """Refuse a bearer-token request from an address that sent too many wrong tokens."""
    guard: SignInGuard = request.app.state.signin
    wait = guard.tokens.wait(client_address(request))
    if wait > 0:
        raise TooManyAttempts(wait, "address")


def token_failed(request: Request) -> None:
    request.app.state.signin.tokens.failed(client_address(request))
