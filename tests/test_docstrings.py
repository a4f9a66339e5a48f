"""The `>>>` examples in banso's docstrings run with the tests (`--doctest-modules`), so none may be skipped:
an example that cannot run is written as plain usage text instead."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "banso"


def test_no_example_is_skipped() -> None:
    skipped = [f"{p.relative_to(PACKAGE)}:{i}" for p in PACKAGE.rglob("*.py")
               for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if "doctest: +SKIP" in line]
    assert skipped == [], "examples that never run:\n" + "\n".join(skipped)


def test_the_suite_collects_the_examples() -> None:
    config = (PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8")
    assert "--doctest-modules" in config and '"banso"' in config.split("testpaths")[1].split("\n")[0]
