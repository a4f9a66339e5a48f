"""Who may sign in: the roles of people, and the admin a workspace always keeps."""

from __future__ import annotations

import pytest

from banso.appstate import AppState
from banso.appstate.access import set_role
from banso.appstate.auth import AuthError, add_user

PASSWORD = "correct horse battery"


@pytest.fixture
def app() -> AppState:
    app = AppState("sqlite://")
    with app.session() as s:
        add_user(s, "ada@x.example", PASSWORD, "admin")
        add_user(s, "aiko@x.example", PASSWORD, "csm")
    return app


def test_the_last_admin_keeps_the_role(app: AppState) -> None:
    with app.session() as s, pytest.raises(AuthError, match="only active admin"):
        set_role(s, "ada@x.example", "csm")
    with app.session() as s:
        assert set_role(s, "aiko@x.example", "admin").role == "admin"
    with app.session() as s:
        assert set_role(s, "ada@x.example", "viewer").role == "viewer"  # another admin remains
