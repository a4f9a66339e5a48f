"""Password hashes: the product's Argon2id parameters, and the upgrade of a hash made with others.

The test processes hash at argon2-cffi's cheapest parameters (tests/conftest.py); these tests look at
the product's own: through a real `banso user add`, and with the product's hasher put back.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from argon2.profiles import RFC_9106_LOW_MEMORY

from banso.appstate import AppState, auth
from banso.appstate.auth import add_user, authenticate, find_user
from banso.workspace import Workspace

PRODUCT = "$argon2id$v=19$m=65536,t=3,p=4$"  # RFC 9106's second recommendation: 64 MiB, 3 passes, 4 lanes
BANSO = str(Path(sys.executable).parent / "banso")


def test_banso_user_add_hashes_with_the_parameters_rfc_9106_recommends(tmp_path: Path) -> None:
    Workspace.init(tmp_path / "ws", name="test").close()
    done = subprocess.run([BANSO, "user", "add", "aiko@example.com", "--role", "csm", "--password-env", "PW",
                           "-w", str(tmp_path / "ws")], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PW": "a long passphrase"})
    assert done.returncode == 0, done.stderr
    with Workspace.open(tmp_path / "ws") as ws, ws.app_state.session() as s:
        user = find_user(s, "aiko@example.com")
        assert user is not None and user.password_hash.startswith(PRODUCT), user and user.password_hash
    assert auth.PASSWORD_HASHING == RFC_9106_LOW_MEMORY


def test_a_hash_of_other_parameters_is_upgraded_at_the_next_sign_in(monkeypatch: pytest.MonkeyPatch) -> None:
    app = AppState("sqlite://")
    with app.session() as s:
        add_user(s, "ada@x.example", "correct horse battery", "csm")  # the test processes' cheapest parameters
    with app.session() as s:
        old = find_user(s, "ada@x.example").password_hash  # type: ignore[union-attr]
    assert not old.startswith(PRODUCT)

    monkeypatch.setattr(auth, "_hasher", PasswordHasher.from_parameters(auth.PASSWORD_HASHING))
    with app.session() as s:
        assert authenticate(s, "ada@x.example", "wrong horse battery") is None
    with app.session() as s:
        assert find_user(s, "ada@x.example").password_hash == old, "a failed sign-in changes nothing"  # type: ignore[union-attr]
    with app.session() as s:
        assert authenticate(s, "ada@x.example", "correct horse battery") is not None
    with app.session() as s:
        upgraded = find_user(s, "ada@x.example").password_hash  # type: ignore[union-attr]
    assert upgraded.startswith(PRODUCT)
    with app.session() as s:
        user = authenticate(s, "ada@x.example", "correct horse battery")
        assert user is not None and user.password_hash == upgraded, "upgraded once, then kept"
