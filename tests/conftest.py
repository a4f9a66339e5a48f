"""Shared fixtures: a fresh workspace in a temporary folder, and a helper to write small files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from banso.workspace import Workspace


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.init(tmp_path / "ws", name="test")
    yield ws
    ws.close()


def write(path: Path, text: str) -> Path:
    """Write a small literal file (strip the indentation of a triple-quoted block)."""
    import textwrap

    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path
