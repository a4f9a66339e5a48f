"""Notes and meeting logs through the facade: written in the app, kept as touchpoints of their account.

A note is written twice in one step: its row and revision in the application state, and its
touchpoint in the store through the loader (`banso.ingest.records`), inside the application-state
transaction. If the store refuses the touchpoint, the transaction rolls back and nothing of the note
is kept; the timeline, the before/after section and the impact report see it as soon as it is saved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from banso.workspace.work_base import WorkBase

if TYPE_CHECKING:
    from banso.analysis.work.notes import NoteHistory, NoteItem
    from banso.appstate.auth import User
    from banso.appstate.notes import Note, NoteContent

SOURCE = "banso"


class NoteOps(WorkBase):
    def account_notes(self, account_id: str, user: User | None, limit: int = 100) -> list[NoteItem]:
        """An account's notes, newest first (deleted ones are gone; their history is kept)."""
        from banso.analysis.work.notes import note_item
        from banso.appstate.notes import account_notes

        with self.app_state.session() as s:
            actor = self._actor(s, user)
            return [note_item(n, actor) for n in account_notes(s, account_id, limit)]

    def note(self, note_id: int, user: User | None) -> NoteItem:
        from banso.analysis.work.notes import note_item
        from banso.appstate.notes import get_note

        with self.app_state.session() as s:
            return note_item(get_note(s, note_id), self._actor(s, user))

    def add_note(self, account_id: str, user: User | None, content: NoteContent) -> NoteItem:
        """Log a call, meeting, QBR, e-mail or note on an account."""
        from banso.analysis.work.notes import note_item
        from banso.appstate.notes import create_note

        self._account(account_id)  # an unknown account is a 404, not an orphan touchpoint
        with self.app_state.session() as s:
            actor = self._actor(s, user)
            note = create_note(s, actor, account_id, content, self.today(), author_id=user.id if user else None)
            self._write_touchpoint(note)
            return note_item(note, actor)

    def edit_note(self, note_id: int, user: User | None, content: NoteContent) -> NoteItem:
        """Change a note (its author or an admin); the revision before is kept."""
        from banso.analysis.work.notes import note_item
        from banso.appstate.notes import edit_note

        with self.app_state.session() as s:
            actor = self._actor(s, user)
            note = edit_note(s, actor, note_id, content, self.today())
            self._write_touchpoint(note)
            return note_item(note, actor)

    def delete_note(self, note_id: int, user: User | None) -> None:
        """Delete a note (its author or an admin): its touchpoint leaves the store; its history stays."""
        from banso.appstate.notes import delete_note
        from banso.store.duckdb.row_delete import delete_rows

        with self.app_state.session() as s:
            note = delete_note(s, self._actor(s, user), note_id)
            with self.lock:
                delete_rows(self.store, "touchpoints", [note.touchpoint_id], source=SOURCE)
        self.reads.renew()

    def note_history(self, note_id: int) -> NoteHistory:
        """Every revision of a note, who made it and when (kept after deletion)."""
        from banso.analysis.work.notes import note_history
        from banso.appstate.notes import Note, revisions

        with self.app_state.session() as s:
            found = revisions(s, note_id)
            note = s.get(Note, note_id)
            assert note is not None  # revisions() raised NotFoundError otherwise
            return note_history(note, found)

    def _write_touchpoint(self, note: Note) -> None:
        from banso.appstate.notes import as_touchpoint
        from banso.ingest.records import load_records

        with self.lock:
            load_records(self.store, self.config, "touchpoints", [as_touchpoint(note, self.config.timezone)],
                         source=SOURCE)
        self.reads.renew()
