"""Every `banso COMMAND --option` that a message, a page or a doc tells the user to run names an option that exists."""

from __future__ import annotations

import re
from pathlib import Path

import typer.main

from banso.cli import app

ROOT = Path(__file__).resolve().parents[2]
NAMED = re.compile(r"banso ((?:[a-z][a-z-]* )*?)(--[a-z][a-z-]*)")


def _options() -> dict[str, set[str]]:
    """Command path ("score", "report validation") -> its long options."""
    out: dict[str, set[str]] = {}

    def walk(cmd: object, path: str) -> None:
        params = getattr(cmd, "params", [])
        out[path] = {o for p in params for o in (*p.opts, *p.secondary_opts) if o.startswith("--")}
        for name, sub in getattr(cmd, "commands", {}).items():
            walk(sub, f"{path} {name}".strip())

    walk(typer.main.get_command(app), "")
    return out


def test_options_named_in_messages_pages_and_docs_exist() -> None:
    options = _options()
    files = [*(ROOT / "banso").rglob("*.py"), *(ROOT / "banso").rglob("*.html"), *(ROOT / "docs").glob("*.md"),
             ROOT / "README.md"]
    wrong, checked = [], 0
    for path in files:
        for m in NAMED.finditer(path.read_text(encoding="utf-8")):
            words = m.group(1).split()
            command = next((" ".join(words[:k]) for k in range(len(words), -1, -1)
                            if " ".join(words[:k]) in options), None)
            if command is None or not command:
                continue  # not a command banso has (an example of something else)
            checked += 1
            known = options[command] | options[""]
            if m.group(2) not in known:
                wrong.append(f"{path.relative_to(ROOT)}: banso {m.group(1)}{m.group(2)}")
    assert checked > 50, "the commands the docs and messages name were found"
    assert wrong == []
