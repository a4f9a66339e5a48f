"""What a new user meets first: `make demo`'s progress and hints, printed whole at 80 columns, and the LICENSE.

A hint is a command to copy: rich must not break it across lines when the terminal is 80 columns wide
(or when there is no terminal and rich assumes 80). Without a terminal, progress is a line per step.
"""

from __future__ import annotations

import re
import tomllib
from datetime import date, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from banso.cli import app
from banso.cli.common import progress_bar
from banso.demo.clock import world_end

ROOT = Path(__file__).resolve().parents[2]
LONG = "a-workspace-folder-whose-name-is-long-enough-to-pass-eighty-columns-on-its-own"


def test_a_printed_hint_is_one_line_to_copy(tmp_path: Path) -> None:
    ws = tmp_path / LONG
    result = CliRunner().invoke(app, ["init", str(ws)], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    assert f"`banso -w {ws} load accounts FILE`" in result.output  # not broken at column 80


def test_progress_without_a_terminal_is_a_line_per_step(capsys: pytest.CaptureFixture[str]) -> None:
    with progress_bar("building the demo") as update:
        for i, what in enumerate(["generating: events"] * 5 + ["loading accounts"] + [
                f"scoring: as of 2026-0{m}-01" for m in range(1, 10)]):
            update(i, 15, what)
    lines = capsys.readouterr().err.splitlines()
    assert lines[0] == "building the demo: generating: events (0%)"
    assert "building the demo: loading accounts (33%)" in lines
    scoring = [line for line in lines if "scoring" in line]
    assert 0 < len(scoring) < 9, "weeks of one step print as it advances, not once a week"


@pytest.mark.slow
def test_the_demo_says_what_it_does_and_how_to_sign_in(tmp_path: Path) -> None:
    out = tmp_path / LONG
    result = CliRunner().invoke(app, ["demo", str(out), "--preset", "tiny"], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    steps = [line for line in result.output.splitlines() if line.startswith("building the demo: ")]
    assert steps[0].startswith("building the demo: generating") and steps[-1] == "building the demo: done (100%)"
    assert any("loading events" in s for s in steps) and any("scoring" in s for s in steps)
    assert "web login: demo@banso.example  password: banso-demo-2026" in result.output
    assert f"  banso serve -w {out}\n" in result.output
    # by default the world's history runs to yesterday (Japan time), so the demo looks live
    last = date.fromisoformat(re.search(r"events from \S+ to (\S+)", result.output).group(1))  # type: ignore[union-attr]
    today = world_end("today")
    assert today - timedelta(days=2) <= last < today


def test_the_license_is_the_one_pyproject_declares() -> None:
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["license"]
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert declared == "Apache-2.0"
    assert "Apache License" in text and "Version 2.0, January 2004" in text
    assert "TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION" in text and "END OF TERMS AND CONDITIONS" in text
