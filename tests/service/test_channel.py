"""The local channel: another user cannot reach it, and a caller without the token is refused."""

from __future__ import annotations

import json
import os
import pwd
import shutil
import socket
import stat
import subprocess
from pathlib import Path

import pytest

from banso.service import frames, runtime
from tests.service.served import Served, banso


def _hello(path: str, token: str | None) -> tuple[str, dict[str, object]]:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.connect(path)
        hello: dict[str, object] = {"command": "banso score", "version": runtime.version()}
        if token is not None:
            hello["token"] = token
        frames.send_json(sock, "H", hello)
        return frames.receive_json(sock)


def test_a_caller_without_the_token_is_refused(world: Path, serve: type[Served]) -> None:
    service = serve(world, "--no-schedule").wait_ready()
    info = runtime.read_info(world)
    assert info is not None
    folder = world / ".banso"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for name in ("service.token", "service.json"):
        assert stat.S_IMODE((folder / name).stat().st_mode) == 0o600, name
    assert stat.S_IMODE(os.stat(info.socket).st_mode) == 0o600

    assert _hello(info.socket, None) == ("R", {"reason": "the token is missing or wrong"})
    assert _hello(info.socket, "not-the-token") == ("R", {"reason": "the token is missing or wrong"})
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:  # not even a hello: a call straight away
        sock.connect(info.socket)
        frames.send(sock, "C", b"\x80\x04N.")
        kind, _ = frames.receive(sock)
        assert kind == "R"
    kind, answer = _hello(info.socket, runtime.read_token(world))
    assert kind == "W" and answer["pid"] == info.pid

    refused = [j for j in service.client().get("/api/jobs").json() if j["kind"] == "command"]
    assert len(refused) == 1, "refused callers start no job; the accepted one does"
    assert service.stop() == 0
    assert not (folder / "service.token").exists() and not runtime.running(world)


@pytest.mark.skipif(os.getuid() != 0, reason="switching to another user needs root")
def test_another_user_of_the_machine_cannot_use_it(world: Path, serve: type[Served]) -> None:
    serve(world, "--no-schedule").wait_ready()
    info = runtime.read_info(world)
    assert info is not None
    nobody = pwd.getpwnam("nobody")
    probe = (
        "import json, socket, sys\n"
        "out = {}\n"
        "try:\n"
        "    open(sys.argv[2]).read(); out['token'] = 'read'\n"
        "except OSError as e:\n"
        "    out['token'] = type(e).__name__\n"
        "s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)\n"
        "try:\n"
        "    s.connect(sys.argv[1]); out['connect'] = 'connected'\n"
        "except OSError as e:\n"
        "    out['connect'] = type(e).__name__\n"
        "print(json.dumps(out))\n")

    def as_nobody() -> None:
        os.setgid(nobody.pw_gid)
        os.setuid(nobody.pw_uid)

    python = shutil.which("python3", path="/usr/bin:/bin")
    if python is None:
        pytest.skip("no system python3 another user may run")
    done = subprocess.run([python, "-I", "-c", probe, info.socket, str(world / ".banso" / "service.token")],
                          capture_output=True, text=True, preexec_fn=as_nobody, timeout=60, cwd="/")
    assert json.loads(done.stdout) == {"token": "PermissionError", "connect": "PermissionError"}, done.stderr
    assert banso("status", "-w", str(world)).returncode == 0  # the owner still can
