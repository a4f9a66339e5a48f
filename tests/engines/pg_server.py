"""A real PostgreSQL 15 server for the tests: a fresh cluster in a temporary folder on a free port.

initdb refuses to run as root, so under root the cluster is owned and run by the `postgres` user.
The server listens on 127.0.0.1 only, without a Unix socket, and is stopped (and its folder removed)
when the test session ends.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.ports import free_port


def _bin_dir() -> Path:
    """BANSO_PG_BIN, else the first folder holding initdb: /usr/local/bin, then Debian's versioned folders."""
    if os.environ.get("BANSO_PG_BIN"):
        return Path(os.environ["BANSO_PG_BIN"])
    for folder in [Path("/usr/local/bin"), *sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)]:
        if (folder / "initdb").exists():
            return folder
    return Path("/usr/local/bin")


BIN = _bin_dir()


def available() -> str | None:
    """Why a server cannot be started here, or None when it can."""
    missing = [b for b in ("initdb", "pg_ctl") if not (BIN / b).exists()]
    return f"PostgreSQL binaries not found in {BIN}: {', '.join(missing)}" if missing else None


def _as_owner(args: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args


@contextmanager
def postgres_server() -> Iterator[str]:
    """Start a server; yields its URL (user `banso`, database `postgres`, trust auth on loopback)."""
    folder = Path(tempfile.mkdtemp(prefix="banso-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    data, port = folder / "data", free_port()
    subprocess.run(_as_owner([str(BIN / "initdb"), "-D", str(data), "-U", "banso", "--auth=trust", "-E", "UTF8",
                              "--no-locale", "-N"]), check=True, capture_output=True)
    settings = f"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off " \
               "-c synchronous_commit=off -c full_page_writes=off"
    subprocess.run(_as_owner([str(BIN / "pg_ctl"), "-D", str(data), "-o", settings, "-l", str(folder / "log"),
                              "-w", "start"]), check=True, capture_output=True)
    try:
        yield f"postgresql://banso@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(_as_owner([str(BIN / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"]),
                       check=False, capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def server_for(purpose: str) -> Iterator[str]:
    """A started server for `purpose` (tests), or the test fails saying what is missing and what installs it."""
    import pytest

    why = available()
    if why:
        pytest.fail(f"{purpose} need a PostgreSQL server: {why} (make system-deps installs it)")
    with postgres_server() as url:
        yield url
