"""`banso source add|set|list`: allowed web origins and owned account fields, and clear refusals."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from banso.cli import main
from banso.workspace import Workspace


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    """Run the command line as a user does: (exit status, everything printed, on one line)."""
    sys.argv = ["banso", *args]
    code = 0
    try:
        main()
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out = capsys.readouterr()
    return code, " ".join((out.out + out.err).split())


def test_origins_and_owned_fields(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ws = str(tmp_path / "ws")
    Workspace.init(ws, name="sources").close()
    code, out = run(capsys, "source", "add", "web", "--allow-origin", "HTTPS://App.Example.com:443/",
                    "--allow-origin", "https://*.tenants.example.com", "-w", ws)
    assert code == 0 and "pages allowed to send: https://app.example.com, https://*.tenants.example.com" in out
    code, out = run(capsys, "source", "set", "web", "--owns", "mrr", "--owns", "status", "-w", ws)
    assert code == 0 and "owns: mrr, status" in out and "https://app.example.com" in out
    code, out = run(capsys, "source", "set", "web", "--any-origin", "-w", ws)
    assert code == 0 and "pages allowed to send: any origin" in out and "owns: mrr, status" in out
    with Workspace.open(ws) as w:
        [source] = w.collector_sources()
    assert (source.allowed_origins, source.owned_fields) == ((), ("mrr", "status"))

    refusals = [
        (("source", "set", "web", "--allow-origin", "https://app.example.com/path"), "is not a web origin"),
        (("source", "set", "web", "--owns", "email"), "cannot own 'email': a source may own these account fields"),
        (("source", "set", "web"), "nothing to change"),
        (("source", "set", "web", "--any-origin", "--allow-origin", "https://a.example.com"), "not both"),
        (("source", "set", "nobody", "--any-origin"), "no collector source named 'nobody'"),
        (("source", "add", "web2", "--allow-origin", "app.example.com"), "is not a web origin"),
    ]
    for args, says in refusals:
        code, out = run(capsys, *args, "-w", ws)
        assert code == 1 and says in out and "Traceback" not in out, (args, out)
    with Workspace.open(ws) as w:
        assert [s.name for s in w.collector_sources()] == ["web"], "a refused add creates nothing"
