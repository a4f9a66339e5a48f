"""Saved segments through the facade: a person's own segments and those shared with them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from banso.workspace.base import WorkspaceBase

if TYPE_CHECKING:
    from banso.appstate.auth import User
    from banso.appstate.segments import SavedSegment
    from banso.config.segment import SegmentSpec


class SegmentOps(WorkspaceBase):
    def saved_segments(self, user: User) -> list[SavedSegment]:
        """The user's own segments and those others shared, by name."""
        from banso.appstate.segments import visible_segments

        with self.app_state.session() as s:
            return visible_segments(s, user)

    def saved_segment(self, segment_id: int, user: User) -> SavedSegment:
        """A segment the user may see (NotFoundError for another's private one)."""
        from banso.appstate.segments import get_segment

        with self.app_state.session() as s:
            return get_segment(s, segment_id, user)

    def save_segment(self, user: User, name: str, spec: SegmentSpec, *, shared: bool = False) -> SavedSegment:
        from banso.appstate.segments import save_segment

        with self.app_state.session() as s:
            return save_segment(s, user, name, spec, shared=shared)

    def update_segment(self, segment_id: int, user: User, *, name: str | None = None, spec: SegmentSpec | None = None,
                       shared: bool | None = None) -> SavedSegment:
        """Rename, re-filter or (un)share a segment (its owner or an admin)."""
        from banso.appstate.segments import update_segment

        with self.app_state.session() as s:
            return update_segment(s, segment_id, user, name=name, spec=spec, shared=shared)

    def delete_segment(self, segment_id: int, user: User) -> None:
        from banso.appstate.segments import delete_segment

        with self.app_state.session() as s:
            delete_segment(s, segment_id, user)
