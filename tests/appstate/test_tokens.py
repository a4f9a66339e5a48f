"""API tokens: a token's last use is kept to within minutes, so a script's calls do not each write the app state."""

from __future__ import annotations

from datetime import timedelta

from banso.appstate import AppState
from banso.appstate.auth import ApiToken, add_user, create_token, user_for_token
from banso.appstate.session_rows import TOUCH_EVERY


def test_a_token_records_its_first_use_then_at_most_every_few_minutes() -> None:
    app = AppState("sqlite://")
    with app.session() as s:
        user = add_user(s, "ada@x.example", "correct horse battery", "csm")
        token, plain = create_token(s, user, "nightly")
        token_id = token.id
    with app.session() as s:
        assert s.get(ApiToken, token_id).last_used_at is None  # type: ignore[union-attr]
        assert user_for_token(s, plain) is not None
        first = s.get(ApiToken, token_id).last_used_at  # type: ignore[union-attr]
    assert first is not None, "the first use is recorded"

    with app.session() as s:
        assert user_for_token(s, plain) is not None
        assert not s.dirty, "a use soon after leaves the row as it was: nothing to write"
    with app.session() as s:
        assert s.get(ApiToken, token_id).last_used_at == first  # type: ignore[union-attr]

    long_ago = first - TOUCH_EVERY - timedelta(seconds=1)
    with app.session() as s:  # the last recorded use is older than the interval: this one is written
        s.get(ApiToken, token_id).last_used_at = long_ago  # type: ignore[union-attr]
    with app.session() as s:
        assert user_for_token(s, plain) is not None
    with app.session() as s:
        assert s.get(ApiToken, token_id).last_used_at >= first > long_ago  # type: ignore[union-attr, operator]
