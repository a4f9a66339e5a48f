"""The service's runtime folder in the workspace: who is serving it, and how to reach them.

    <workspace>/.banso/            mode 0700: only the workspace's owner may look inside
        service.lock               held (flock) by the running service for its whole life
        service.token              mode 0600: the secret a command shows to the channel
        service.json               mode 0600: pid, socket path, web address, banso version
        service.sock               the channel (a Unix socket, mode 0600)

A socket path longer than the system allows (about 100 bytes) is made in a private folder of the
user's instead (`/tmp/banso-<uid>/`, mode 0700) and named in service.json. A service killed with
SIGKILL leaves its files behind but not its lock: `running()` looks at the lock, not the files.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import secrets
import tempfile
from dataclasses import dataclass
from pathlib import Path

from banso.errors import WorkspaceError

FOLDER = ".banso"
MAX_SOCKET_PATH = 100


@dataclass(frozen=True)
class ServiceInfo:
    """What a running service says about itself in service.json."""

    pid: int
    socket: str
    url: str | None
    version: str
    started_at: str


def folder(root: Path) -> Path:
    return root / FOLDER


def version() -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as package_version

    try:
        return package_version("banso")
    except PackageNotFoundError:
        return "0+unknown"


def write_private(path: Path, text: str) -> None:
    """Write `text` to a file only its owner can read (0600), replacing it whole."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, text.encode("utf-8"))
        os.fchmod(fd, 0o600)
    finally:
        os.close(fd)
    os.replace(tmp, path)


class Runtime:
    """The runtime folder of one workspace, as the service holding it sees it."""

    def __init__(self, root: Path):
        self.root = root
        self.dir = folder(root)
        self._lock_fd: int | None = None
        self.token = ""
        self.socket = ""

    def take(self) -> None:
        """Become the workspace's service: lock, new token, socket path; WorkspaceError when one runs already."""
        self.dir.mkdir(mode=0o700, exist_ok=True)
        os.chmod(self.dir, 0o700)
        fd = os.open(self.dir / "service.lock", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            info = read_info(self.root)
            who = f" (pid {info.pid}, {info.url or 'no web address'})" if info else ""
            raise WorkspaceError(f"{self.root} is already served by banso{who}; stop that service first "
                                 "(docs/operations.md)") from None
        self._lock_fd = fd
        self.token = secrets.token_urlsafe(32)
        write_private(self.dir / "service.token", self.token)
        self.socket = socket_path(self.root)
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.socket)

    def announce(self, url: str | None) -> None:
        """Write service.json: commands find the service from it."""
        from datetime import UTC, datetime

        info = {"pid": os.getpid(), "socket": self.socket, "url": url, "version": version(),
                "started_at": datetime.now(UTC).isoformat(timespec="seconds")}
        write_private(self.dir / "service.json", json.dumps(info))

    def release(self) -> None:
        """Stop being the service: the files go, then the lock."""
        for name in ("service.json", "service.token"):
            with contextlib.suppress(FileNotFoundError):
                (self.dir / name).unlink()
        if self.socket:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.socket)
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None


def socket_path(root: Path) -> str:
    """The channel's path: in the runtime folder, or in a private folder of the user's when that is too long."""
    inside = str((folder(root) / "service.sock").resolve())
    if len(inside.encode()) <= MAX_SOCKET_PATH:
        return inside
    private = Path(tempfile.gettempdir()) / f"banso-{os.getuid()}"
    private.mkdir(mode=0o700, exist_ok=True)
    st = private.stat()
    if st.st_uid != os.getuid() or st.st_mode & 0o077:
        raise WorkspaceError(f"{private} is not a private folder of this user; remove it, or serve the workspace "
                             "from a shorter path")
    digest = hashlib.sha256(str(root.resolve()).encode()).hexdigest()[:20]
    return str(private / f"{digest}.sock")


def read_info(root: Path) -> ServiceInfo | None:
    """service.json of the workspace, when there is one (the service may have died since; see `running`)."""
    try:
        data = json.loads((folder(root) / "service.json").read_text(encoding="utf-8"))
        return ServiceInfo(pid=int(data["pid"]), socket=str(data["socket"]), url=data.get("url"),
                           version=str(data.get("version", "")), started_at=str(data.get("started_at", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def running(root: Path) -> bool:
    """Whether a service holds the workspace now (its lock is taken)."""
    try:
        fd = os.open(folder(root) / "service.lock", os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False


def read_token(root: Path) -> str:
    try:
        return (folder(root) / "service.token").read_text(encoding="utf-8").strip()
    except PermissionError:
        raise WorkspaceError(f"{root} is served by banso, but its token is not readable by this user: run the "
                             "command as the user the service runs as (docs/operations.md)") from None
    except OSError:
        return ""
