"""Saved segments in the application state: who sees and who may change a segment, and names that are refused."""

from __future__ import annotations

import pytest

from banso.appstate import AppState
from banso.appstate.auth import AuthError, User, add_user, find_user
from banso.appstate.segments import delete_segment, get_segment, save_segment, update_segment, visible_segments
from banso.config.segment import SegmentSpec
from banso.errors import NotFoundError

PASSWORD = "correct horse battery"
BAD = SegmentSpec(band=["bad"])


@pytest.fixture
def app() -> AppState:
    app = AppState("sqlite://")
    with app.session() as s:
        for email, role in (("aiko@x.example", "csm"), ("ben@x.example", "csm"), ("vera@x.example", "viewer"),
                            ("ada@x.example", "admin")):
            add_user(s, email, PASSWORD, role)
    return app


def users(app: AppState) -> dict[str, User]:
    found = {}
    with app.session() as s:
        for email in ("aiko@x.example", "ben@x.example", "vera@x.example", "ada@x.example"):
            user = find_user(s, email)
            assert user is not None
            found[email.split("@")[0]] = user
    return found


def test_own_and_shared_segments_are_visible_and_only_owners_change_them(app: AppState) -> None:
    u = users(app)
    with app.session() as s:
        mine = save_segment(s, u["aiko"], "  Bad   accounts ", BAD).id
        shared = save_segment(s, u["aiko"], "Enterprise", SegmentSpec(tier=["Enterprise"]), shared=True).id
    with app.session() as s:
        assert [x.name for x in visible_segments(s, u["aiko"])] == ["Bad accounts", "Enterprise"]
        assert [x.name for x in visible_segments(s, u["ben"])] == ["Enterprise"]
        assert get_segment(s, shared, u["vera"]).spec == SegmentSpec(tier=["Enterprise"])
        with pytest.raises(NotFoundError):
            get_segment(s, mine, u["ben"])  # another's private segment does not exist for them
        with pytest.raises(PermissionError, match="only the owner"):
            update_segment(s, shared, u["ben"], name="mine now")
        with pytest.raises(PermissionError, match="viewers cannot"):
            save_segment(s, u["vera"], "x", BAD)
        assert update_segment(s, shared, u["ada"], shared=False).shared is False  # an admin may
        delete_segment(s, mine, u["aiko"])
    with app.session() as s:
        assert [x.name for x in visible_segments(s, u["aiko"])] == ["Enterprise"]


@pytest.mark.parametrize(("name", "message"), [("   ", "give the segment a name"), ("x" * 121, "at most 120")])
def test_a_segment_needs_a_short_name(app: AppState, name: str, message: str) -> None:
    with app.session() as s, pytest.raises(AuthError, match=message):
        save_segment(s, users(app)["aiko"], name, BAD)

